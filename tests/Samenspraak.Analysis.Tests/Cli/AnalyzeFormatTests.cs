using System.Text;
using System.Text.Json;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class AnalyzeFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] Ids(CliRun run) =>
        [.. run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    [Fact]
    public void CsvWithQuotesEmbeddedNewlinesAndExtraColumns()
    {
        var file = _temp.File("berichten.csv",
            "Kanaal,ID,Text\n" +
            "facebook,a1,\"Ze zeiden \"\"nee\"\", dus\"\n" +
            "web,a2,\"Eerste regel\nTweede regel, met komma\"\n" +
            "web,a3,gewoon een bericht\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a1", "a2", "a3"], Ids(run));
    }

    [Fact]
    public void CsvWithSemicolonsFromADutchSpreadsheet()
    {
        var file = _temp.File("excel.csv", "id;text\r\nx1;Dag allemaal, tot morgen\r\nx2;Amai, wat een weer\r\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["x1", "x2"], Ids(run));
    }

    [Fact]
    public void TsvInTheCorpusLayoutIgnoresQuotesAndExtraColumns()
    {
        var file = _temp.File("items.tsv",
            "id\tsplit\ttext\thate\n" +
            "t-1\ttrain\tIemand schreef \"ga terug\" en dat vind ik fout\t0\n" +
            "t-2\tdev\tDe markt is zaterdag verplaatst\t0\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["t-1", "t-2"], Ids(run));
    }

    [Fact]
    public void NdjsonWithCaseInsensitiveFieldsNumericIdsAndBlankLines()
    {
        var file = _temp.File("berichten.ndjson",
            "{\"ID\": 17, \"Text\": \"Goeiemorgen iedereen\", \"meta\": {\"text\": \"genegeerd\"}}\n" +
            "\n" +
            "{\"text\": \"Zonder id\"}\n" +
            "{\"id\": \"n3\", \"text\": \"Met \\\"escapes\\\" en \\u00e9\u00e9n\"}\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        // A missing id becomes the line number (3), so every output line can be traced back.
        Assert.Equal(["17", "3", "n3"], Ids(run));
    }

    [Fact]
    public void StdinIsReadWithADashAndItsFormatDetectedFromContent()
    {
        var ndjson = Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"hallo\"}\n{\"id\":\"s2\",\"text\":\"daag\"}\n");
        var tsv = Encoding.UTF8.GetBytes("id\ttext\nt1\thallo\n");
        var csv = Encoding.UTF8.GetBytes("id,text\nc1,hallo\n");

        Assert.Equal(["s1", "s2"], Ids(CliHarness.Run(ndjson, "analyze", "-")));
        Assert.Equal(["t1"], Ids(CliHarness.Run(tsv, "analyze", "-")));
        Assert.Equal(["c1"], Ids(CliHarness.Run(csv, "analyze", "-")));
    }

    [Fact]
    public void UnknownExtensionIsDetectedByContentAndFormatCanBeForced()
    {
        var file = _temp.File("export.txt", "{\"id\":\"u1\",\"text\":\"hallo\"}\n");
        var forced = _temp.File("misnoemd.csv", "{\"id\":\"f1\",\"text\":\"hallo\"}\n");

        Assert.Equal(["u1"], Ids(CliHarness.Run("analyze", file)));
        // The extension says CSV; --format overrides it.
        Assert.Equal(["f1"], Ids(CliHarness.Run("analyze", forced, "--format", "ndjson")));
    }

    [Fact]
    public void OutputFileReceivesTheNdjsonAndStdoutStaysEmpty()
    {
        var input = _temp.File("in.csv", "id,text\n1,hallo\n2,daag\n");
        var output = _temp.Combine("uit.ndjson");

        var run = CliHarness.Run("analyze", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        var written = File.ReadAllBytes(output);
        Assert.False(written.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "UTF-8 without BOM");
        Assert.Equal(2, Encoding.UTF8.GetString(written).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("\n", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }

    [Fact]
    public void AByteOrderMarkAndCrLfLineEndsAreAccepted()
    {
        var file = _temp.Bytes("bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id,text\r\nb1,hallo\r\n")]);

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["b1"], Ids(run));
    }

    [Fact]
    public void HeaderOnlyFileAnalysesNothingAndSucceeds()
    {
        var file = _temp.File("leeg.csv", "id,text\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Lines);
    }
}
