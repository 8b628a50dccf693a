using System.Text;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Ingestion.Upload;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>The file readers on their own: encodings, record limits, ragged rows.</summary>
public sealed class ImportSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samenspraak-import-").FullName;

    private async Task<(IReadOnlyList<string> Columns, List<ImportRow> Rows)> ReadAsync(string name, byte[] content, ImportFormat format)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);
        await using var source = await ImportFormats.OpenAsync(path, format, null, CancellationToken.None);
        var rows = new List<ImportRow>();
        await foreach (var row in source.RowsAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        return (source.Columns, rows);
    }

    [Fact]
    public async Task Utf16NdjsonWithAHugeLine()
    {
        var ndjson = "{\"text\":\"Eerste\",\"user\":\"a\"}\n{\"text\":\"" + new string('x', 1_200_000) + "\"}\n{\"text\":\"Derde — streep\",\"user\":\"b\"}\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ndjson)).ToArray();

        var (columns, rows) = await ReadAsync("a.ndjson", bytes, ImportFormat.Ndjson);

        Assert.Equal(["text", "user"], columns);
        Assert.True(rows.Count == 3, string.Join(" | ", rows.Select(r => $"{r.Number}:{r.Problem}:{string.Join(",", r.Values.Select(v => v?.Length > 30 ? v[..30] : v))}")));
        Assert.Equal("Eerste", rows[0].Values[0]);
        Assert.NotNull(rows[1].Problem);
        Assert.Equal("Derde — streep", rows[2].Values[0]);
    }

    [Fact]
    public async Task Utf16BigEndianJsonArray()
    {
        var json = "[{\"tekst\":\"één\",\"id\":1},{\"tekst\":\"twee\",\"id\":2}]";
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(json)).ToArray();

        var (columns, rows) = await ReadAsync("d.json", bytes, ImportFormat.Json);

        Assert.Equal(["tekst", "id"], columns);
        Assert.Equal(["één", "twee"], rows.Select(r => r.Values[0]));
        Assert.Equal("1", rows[0].Values[1]);
    }

    [Fact]
    public async Task Utf8BomCsvWithCommasAndAQuotedLineBreak()
    {
        var csv = "\uFEFFid,text\n1,\"twee\nregels\"\n2,gewoon\n";

        var (columns, rows) = await ReadAsync("b.csv", Encoding.UTF8.GetBytes(csv), ImportFormat.Csv);

        Assert.Equal(["id", "text"], columns);
        Assert.Equal(["twee\nregels", "gewoon"], rows.Select(r => r.Values[1]));
    }

    [Fact]
    public async Task LongCsvRecordIsSkippedAndTheNextRowIsRead()
    {
        var csv = "text\n\"" + new string('y', ImportFormats.MaxRecordChars + 10) + "\"\nna de lange rij\n";

        var (_, rows) = await ReadAsync("c.tsv", Encoding.UTF8.GetBytes(csv), ImportFormat.Tsv);

        Assert.Equal(2, rows.Count);
        Assert.Contains("langer dan", rows[0].Problem, StringComparison.Ordinal);
        Assert.Equal("na de lange rij", rows[1].Values[0]);
    }

    [Fact]
    public void FingerprintIgnoresWhitespaceAndCaseButNotAuthor()
    {
        var at = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of(null, "Hallo   Wereld", "p1", at),
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of(null, " hallo wereld ", "p1", at));
        Assert.NotEqual(
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of(null, "Hallo wereld", "p1", at),
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of(null, "Hallo wereld", "p2", at));
        Assert.Equal(
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of("42", "oud", "p1", at),
            Samenspraak.Web.Monitoring.Messages.MessageFingerprint.Of("42", "bewerkt", "p1", at.AddDays(1)));
    }

    [Fact]
    public void DatesInCommonExportFormats()
    {
        Assert.True(DateParsing.TryParse("2026-11-20T10:00:00+01:00", out var iso));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), iso);
        Assert.True(DateParsing.TryParse("21/11/2026 09:30", out var belgian));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero), belgian);
        Assert.True(DateParsing.TryParse("1763716200", out _));
        Assert.False(DateParsing.TryParse("31/31/2026", out _));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
