using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Builds import files (CSV in any encoding, XLSX, zip bombs) and drives the importer and its page.</summary>
internal static partial class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>CSV text from rows of cells (the first row is the header), quoted where needed.</summary>
    public static string Csv(char delimiter, params string[][] rows) =>
        string.Concat(rows.Select(r => string.Join(delimiter, r.Select(c =>
            c.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c)) + "\r\n"));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Kennisbank");
        return stream.ToArray();
    }

    /// <summary>A zip that looks like a workbook but declares a sheet of 60 MB of zeros (packs to a few kB).</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open())) writer.Write("<workbook/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 60; i++) sheet.Write(zeros);
        }

        return stream.ToArray();
    }

    public static Task<ImportPlan> CheckAsync(AppFixture app, byte[] bytes, string name = "test.csv") =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<BulkImporter>().CheckAsync(bytes, name, app.World[Principal.Curator].Id));

    /// <summary>The test world's curator as the acting user of an import.</summary>
    public static KnowledgeActor Curator(AppFixture app) =>
        new(app.World[Principal.Curator].Id, app.World[Principal.Curator].UserName, app.World[Principal.Curator].MunicipalityId);

    public static Task<ImportOutcome> ApplyAsync(AppFixture app, ImportPlan plan) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<BulkImporter>().ApplyAsync(plan, Curator(app)));

    /// <summary>Stores a check for the test world's curator, as the page does.</summary>
    public static Task<KnowledgeImport> KeepAsync(AppFixture app, ImportPlan plan) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImports>().KeepAsync(plan, Curator(app)));

    public static Task<KnowledgeImport?> FindImportAsync(AppFixture app, Guid id) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImports>().FindAsync(id));

    /// <summary>
    /// Waits until the background import finished. The app's worker runs it; the test also asks a runner directly, so
    /// it does not wait for the worker's next look. Generous limit: the shared machine is slow, the test asserts no time.
    /// </summary>
    public static async Task<KnowledgeImport> FinishedAsync(AppFixture app, Guid id)
    {
        var until = DateTimeOffset.UtcNow.AddMinutes(5);
        while (true)
        {
            var job = await FindImportAsync(app, id);
            Assert.NotNull(job);
            if (job.State is KnowledgeImportState.Done or KnowledgeImportState.Failed) return job;
            Assert.True(DateTimeOffset.UtcNow < until, $"import {id} still {job.State} at {job.ProcessedRows} of {job.TotalRows}");
            if (!await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImportRunner>().RunNextAsync(CancellationToken.None)))
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>The import id in a page's import form or progress page.</summary>
    public static Guid ImportId(string html) => Guid.Parse(Regex.Match(html, "/kennisbank/importeren/([0-9a-f-]{36})").Groups[1].Value);

    /// <summary>The file-level message for bytes the reader refuses.</summary>
    public static async Task<string> RefusalAsync(AppFixture app, byte[] bytes) =>
        (await Assert.ThrowsAsync<ImportFileException>(() => CheckAsync(app, bytes))).Message;

    /// <summary>Posts a file to the page's check form like a browser (multipart, antiforgery); returns the page's text.</summary>
    public static async Task<string> PostCheckAsync(HttpClient client, string fileName, byte[] content)
    {
        const string path = "/kennisbank/importeren";
        var html = await PageForm.HtmlAsync(client, path);
        var form = Regex.Match(html, "<form[^>]*id=\"kennisbank-controleren\".*?</form>", RegexOptions.Singleline).Value;
        using var multipart = new MultipartFormDataContent();
        foreach (Match hidden in Hidden().Matches(form))
        {
            multipart.Add(new StringContent(WebUtility.HtmlDecode(Attr(hidden.Value, "value"))), Attr(hidden.Value, "name"));
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "bestand", fileName);
        var action = WebUtility.HtmlDecode(Attr(Regex.Match(form, "<form[^>]*>").Value, "action"));
        var response = await client.PostAsync(action.Length == 0 ? path : action, multipart);
        return await FollowAsync(client, response);
    }

    /// <summary>Submits the import form of a checked import's page (antiforgery token included); returns the progress page.</summary>
    public static async Task<string> PostImportAsync(HttpClient client, string checkedHtml)
    {
        var form = Regex.Match(checkedHtml, "<form[^>]*id=\"kennisbank-importeren\".*?</form>", RegexOptions.Singleline).Value;
        Assert.False(string.IsNullOrEmpty(form), "The check shows no import form.");
        var fields = Hidden().Matches(form).Select(h => new KeyValuePair<string, string>(Attr(h.Value, "name"), WebUtility.HtmlDecode(Attr(h.Value, "value")))).ToList();
        var action = WebUtility.HtmlDecode(Attr(Regex.Match(form, "<form[^>]*>").Value, "action"));
        var response = await client.PostAsync(action.Length == 0 ? "/kennisbank/importeren" : action, new FormUrlEncodedContent(fields));
        return await FollowAsync(client, response);
    }

    /// <summary>The page a post ends on: a successful step redirects (post/redirect/get), a refused one answers directly.</summary>
    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Attr(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("<input\\b[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex Hidden();

    /// <summary>Runs code in the app's default culture (nl-BE) so messages read as curators see them.</summary>
    public static async Task<T> InDutchAsync<T>(Func<Task<T>> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl-BE");
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
