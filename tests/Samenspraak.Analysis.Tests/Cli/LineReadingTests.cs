using System.Text;
using Samenspraak.Cli.Input;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class LineReadingTests
{
    private static List<(LineStatus Status, long Number, string Text)> ReadAll(byte[] bytes, int maxLineBytes = 1024)
    {
        using var lines = new LineSplitter(new MemoryStream(bytes), maxLineBytes);
        var result = new List<(LineStatus, long, string)>();
        while (true)
        {
            var status = lines.ReadLine(out var line);
            if (status == LineStatus.End)
            {
                return result;
            }
            result.Add((status, lines.LineNumber, Encoding.UTF8.GetString(line)));
        }
    }

    [Fact]
    public void SplitsOnLfAndCrLfAndKeepsALastLineWithoutNewline()
    {
        var read = ReadAll(Encoding.UTF8.GetBytes("een\r\ntwee\n\ndrie"));

        Assert.Equal([(LineStatus.Line, 1L, "een"), (LineStatus.Line, 2L, "twee"), (LineStatus.Line, 3L, ""), (LineStatus.Line, 4L, "drie")], read);
    }

    [Fact]
    public void RemovesAByteOrderMark()
    {
        var read = ReadAll([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);

        Assert.Equal("a", Assert.Single(read).Text);
    }

    [Fact]
    public void ALineOverTheLimitIsSkippedAndCountedAsOneLine()
    {
        var bytes = Encoding.UTF8.GetBytes("kort\n" + new string('x', 5000) + "\nna\n" + new string('y', 1025));

        var read = ReadAll(bytes, maxLineBytes: 1024);

        Assert.Equal([(LineStatus.Line, 1L, "kort"), (LineStatus.TooLong, 2L, ""), (LineStatus.Line, 3L, "na"), (LineStatus.TooLong, 4L, "")], read);
    }

    [Fact]
    public void ALineOfExactlyTheLimitIsAccepted()
    {
        var read = ReadAll(Encoding.UTF8.GetBytes(new string('z', 1024) + "\n"), maxLineBytes: 1024);

        Assert.Equal(LineStatus.Line, Assert.Single(read).Status);
    }

    [Fact]
    public void LongLinesAcrossManyBufferRefillsKeepTheirContent()
    {
        var longLine = string.Concat(Enumerable.Range(0, 30000).Select(i => (char)('a' + (i % 26))));
        var read = ReadAll(Encoding.UTF8.GetBytes("a\n" + longLine + "\nb\n"), maxLineBytes: 1 << 20);

        Assert.Equal(["a", longLine, "b"], read.Select(r => r.Text));
    }

    [Fact]
    public void PushBackReturnsTheSameLineAgain()
    {
        using var lines = new LineSplitter(new MemoryStream(Encoding.UTF8.GetBytes("kop\ndata\n")), 100);

        lines.ReadLine(out var first);
        var firstText = Encoding.UTF8.GetString(first);
        lines.PushBack();
        lines.ReadLine(out var again);

        Assert.Equal("kop", firstText);
        Assert.Equal("kop", Encoding.UTF8.GetString(again));
        Assert.Equal(1, lines.LineNumber);
        lines.ReadLine(out var next);
        Assert.Equal("data", Encoding.UTF8.GetString(next));
        Assert.Equal(2, lines.LineNumber);
    }

    [Theory]
    [InlineData("a,b,c", true, new[] { "a", "b", "c" })]
    [InlineData("a,,", true, new[] { "a", "", "" })]
    [InlineData("\"x,y\",z", true, new[] { "x,y", "z" })]
    [InlineData("\"zei \"\"hoi\"\"\",2", true, new[] { "zei \"hoi\"", "2" })]
    [InlineData("\"\",\"\"", true, new[] { "", "" })]
    [InlineData("5\" scherm,ok", true, new[] { "5\" scherm", "ok" })]
    [InlineData("\"a\",", true, new[] { "a", "" })]
    [InlineData("\"aan\"\thet\t\"woord\"", false, new[] { "\"aan\"", "het", "\"woord\"" })]
    public void FieldsAreSplitAsRfc4180ForCsvAndLiterallyForTsv(string record, bool csv, string[] expected)
    {
        var fields = new List<FieldRange>();
        var bytes = Encoding.UTF8.GetBytes(record);

        var split = DelimitedFields.Split(bytes, csv ? (byte)',' : (byte)'\t', csv, fields);

        Assert.Equal(FieldSplit.Complete, split);
        Assert.Equal(expected, fields.Select(f =>
        {
            var s = Encoding.UTF8.GetString(bytes, f.Start, f.Length);
            return f.Escaped ? s.Replace("\"\"", "\"", StringComparison.Ordinal) : s;
        }));
    }

    [Theory]
    [InlineData("1,\"open", "OpenQuote")]
    [InlineData("1,\"dicht\"x", "BadQuote")]
    public void UnfinishedOrBrokenQuotesAreRecognised(string record, string expected)
    {
        Assert.Equal(Enum.Parse<FieldSplit>(expected), DelimitedFields.Split(Encoding.UTF8.GetBytes(record), (byte)',', true, []));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, true)]
    [InlineData(new byte[] { 0x69, 0x64, 0x2C, 0x74, 0x0A }, false)]
    public void BinaryContentIsRecognised(byte[] sample, bool binary)
    {
        Assert.Equal(binary, InputOpener.LooksBinary(sample));
    }
}
