using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>Drives the two upload steps like a browser: the multipart file form, then the column-mapping form.</summary>
public static partial class UploadForm
{
    /// <summary>Posts the file; returns the import page path on success, or the re-rendered page's HTML as error.</summary>
    public static async Task<(string? ImportPath, string Html)> UploadAsync(HttpClient client, Guid channelId, string fileName, byte[] content)
    {
        var path = $"/kanalen/{channelId}/opladen";
        var html = await PageForm.HtmlAsync(client, path);
        var form = Regex.Match(html, "<form[^>]*id=\"opladen\".*?</form>", RegexOptions.Singleline).Value;
        using var multipart = new MultipartFormDataContent();
        foreach (Match hidden in Hidden().Matches(form))
        {
            var name = Regex.Match(hidden.Value, "name=\"([^\"]*)\"").Groups[1].Value;
            var value = WebUtility.HtmlDecode(Regex.Match(hidden.Value, "value=\"([^\"]*)\"").Groups[1].Value);
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "bestand", fileName);
        var action = WebUtility.HtmlDecode(Regex.Match(form, "action=\"([^\"]*)\"").Groups[1].Value);
        var response = await client.PostAsync(string.IsNullOrEmpty(action) ? path : action, multipart);
        return response.StatusCode == HttpStatusCode.Found
            ? (PageForm.Location(response), "")
            : (null, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Confirms the column mapping (values by field: Text, Author, Date, Id, Url, ReplyTo).</summary>
    public static async Task StartAsync(HttpClient client, string importPath, IDictionary<string, string> mapping)
    {
        var response = await PageForm.SubmitAsync(client, importPath, "id=\"koppeling\"", mapping);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    /// <summary>Reloads the import page until it is done (as the page's own refresh would); returns its text.</summary>
    public static async Task<string> FinishedAsync(HttpClient client, string importPath)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var html = PageForm.Text(await PageForm.HtmlAsync(client, importPath));
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal) && !html.Contains("koppeling", StringComparison.Ordinal))
            {
                return html;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("The import did not finish.");
            }

            await Task.Delay(250);
        }
    }

    [GeneratedRegex("<input\\b[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex Hidden();
}
