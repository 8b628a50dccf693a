using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>The upload through the real pages: formats, encodings, bad rows reported by number, dedupe on re-upload.</summary>
public abstract class UploadTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<(HttpClient Client, Guid ChannelId)> SetUpAsync()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Upload " + Guid.NewGuid().ToString("N")[..6]);
        return (await app.ClientAsync(Principal.Staff), channel.Id);
    }

    private async Task<List<ImportRowIssue>> IssuesAsync(string importPath)
    {
        var id = Guid.Parse(importPath.Split('/').Last());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<ImportRowIssue>().IgnoreTenantFilter().Where(i => i.ImportJobId == id).OrderBy(i => i.Row).ToListAsync();
    }

    [Fact]
    public async Task Windows1252CsvWithBadRowsImportsTheGoodOnesAndReportsEachSkippedRow()
    {
        var (client, channelId) = await SetUpAsync();
        var csv = "bericht_id;auteur;datum;tekst\r\n" +
                  "1;Jan;2026-11-20 10:00;Café op het plein is gezellig\r\n" +
                  "2;Mia;21/11/2026 09:30;\r\n" +                 // no text
                  "3;Ali;31/31/2026;Een gewone reactie\r\n" +       // impossible date
                  "4;Eva\r\n" +                                      // ragged
                  "5;Tom;2026-11-22;\"Met ; puntkomma en \"\"aanhalingstekens\"\"\r\nover twee regels\"\r\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(csv);

        var (importPath, error) = await UploadForm.UploadAsync(client, channelId, "export.csv", bytes);
        Assert.True(importPath is not null, error);
        var mapping = PageFormText(await client.GetStringAsync(importPath));
        Assert.Contains("windows-1252", mapping, StringComparison.Ordinal);
        Assert.Contains("Café op het plein", mapping, StringComparison.Ordinal);
        // The guess picked the columns; the mapping is confirmed as shown.
        await UploadForm.StartAsync(client, importPath, new Dictionary<string, string> { ["Text"] = "tekst", ["Author"] = "auteur", ["Date"] = "datum", ["Id"] = "bericht_id" });
        var report = await UploadForm.FinishedAsync(client, importPath);

        Assert.Contains("De import is klaar.", report, StringComparison.Ordinal);
        // The finished report keeps a full progress bar and leads on to the channel's messages in Signalen.
        Assert.Contains("<progress id=\"import-voortgang\" max=\"100\" value=\"100\"", report, StringComparison.Ordinal);
        Assert.Contains($"href=\"/signalen?kanaal={channelId}\"", report, StringComparison.Ordinal);
        var messages = await MonitoringTestData.MessagesAsync(app.Services, channelId);
        Assert.Equal(["1", "5"], messages.Select(m => m.ExternalId));
        Assert.Equal("Café op het plein is gezellig", messages[0].Text);
        Assert.Equal("Met ; puntkomma en \"aanhalingstekens\"\r\nover twee regels", messages[1].Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), messages[0].PublishedAt);
        var issues = await IssuesAsync(importPath);
        Assert.Equal([2L, 3L, 4L], issues.Select(i => i.Row));
        Assert.Equal("tekst ontbreekt", issues[0].Reason);
        Assert.Contains("31/31/2026", issues[1].Reason, StringComparison.Ordinal);
        Assert.Equal("rij heeft 2 velden, de koprij heeft er 4", issues[2].Reason);
        Assert.Contains("rij heeft 2 velden", report, StringComparison.Ordinal);

        // The same file again: nothing new.
        var (again, _) = await UploadForm.UploadAsync(client, channelId, "export.csv", bytes);
        await UploadForm.StartAsync(client, again!, new Dictionary<string, string> { ["Text"] = "tekst", ["Author"] = "auteur", ["Date"] = "datum", ["Id"] = "bericht_id" });
        await UploadForm.FinishedAsync(client, again!);
        Assert.Equal(2, (await MonitoringTestData.MessagesAsync(app.Services, channelId)).Count);
    }

    [Fact]
    public async Task Utf16NdjsonWithAHugeLineSkipsOnlyThatLine()
    {
        var (client, channelId) = await SetUpAsync();
        var ndjson = "{\"text\":\"Eerste\",\"user\":\"a\"}\n{\"text\":\"" + new string('x', 1_200_000) + "\"}\n{\"text\":\"Derde — met een gedachtestreep\",\"user\":\"b\"}\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ndjson)).ToArray();

        var (importPath, error) = await UploadForm.UploadAsync(client, channelId, "stroom.ndjson", bytes);
        Assert.True(importPath is not null, error);
        await UploadForm.StartAsync(client, importPath, new Dictionary<string, string> { ["Text"] = "text", ["Author"] = "user" });
        var report = await UploadForm.FinishedAsync(client, importPath);
        Assert.True(report.Contains("De import is klaar.", StringComparison.Ordinal), report[report.IndexOf("<main", StringComparison.Ordinal)..]);

        var messages = await MonitoringTestData.MessagesAsync(app.Services, channelId);
        Assert.Equal(["Eerste", "Derde — met een gedachtestreep"], messages.Select(m => m.Text));
        var issue = Assert.Single(await IssuesAsync(importPath));
        Assert.Equal(2, issue.Row);
        Assert.Contains("langer dan", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxIsImported()
    {
        var (client, channelId) = await SetUpAsync();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object> { ["Comment"] = "Goede uitleg van de gemeente", ["Name"] = "Lotte", ["Id"] = "x1" },
            new Dictionary<string, object> { ["Comment"] = "Waarom sluit de bib vroeger?", ["Name"] = "Omar", ["Id"] = "x2" },
        }, excelType: ExcelType.XLSX);

        var (importPath, error) = await UploadForm.UploadAsync(client, channelId, "reacties.xlsx", stream.ToArray());
        Assert.True(importPath is not null, error);
        await UploadForm.StartAsync(client, importPath, new Dictionary<string, string> { ["Text"] = "Comment", ["Author"] = "Name", ["Id"] = "Id" });
        await UploadForm.FinishedAsync(client, importPath);

        var messages = await MonitoringTestData.MessagesAsync(app.Services, channelId);
        Assert.Equal(["x1", "x2"], messages.Select(m => m.ExternalId));
    }

    [Fact]
    public async Task EmptyFilesUnknownTypesAndZipBombsAreRefusedInDutch()
    {
        var (client, channelId) = await SetUpAsync();

        var (empty, emptyHtml) = await UploadForm.UploadAsync(client, channelId, "leeg.csv", []);
        Assert.Null(empty);
        Assert.Contains("Het bestand is leeg.", emptyHtml, StringComparison.Ordinal);

        var (exe, exeHtml) = await UploadForm.UploadAsync(client, channelId, "programma.exe", [1, 2, 3]);
        Assert.Null(exe);
        Assert.Contains("niet ondersteund", exeHtml, StringComparison.Ordinal);

        var (bomb, bombHtml) = await UploadForm.UploadAsync(client, channelId, "bom.xlsx", ZipBomb());
        Assert.Null(bomb);
        Assert.Contains("onredelijk grote omvang", bombHtml, StringComparison.Ordinal);

        var (json, jsonHtml) = await UploadForm.UploadAsync(client, channelId, "kapot.json", Encoding.UTF8.GetBytes("{ dit is geen json"));
        Assert.Null(json);
        Assert.Contains("geen geldige JSON", jsonHtml, StringComparison.Ordinal);
    }

    /// <summary>A workbook whose sheet unpacks from about 100 kB to 100 MB.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                writer.Write("<workbook/>");
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 100; i++)
            {
                sheet.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static string PageFormText(string html) => System.Net.WebUtility.HtmlDecode(html);
}

public sealed class SqliteUploadTests(SqliteAppFixture app) : UploadTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresUploadTests(PostgresAppFixture app) : UploadTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
