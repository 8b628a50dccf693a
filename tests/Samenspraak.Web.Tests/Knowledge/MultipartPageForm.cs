using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>A file to post: field name, file name as the browser sends it, bytes.</summary>
internal sealed record PostedFile(string Field, string FileName, byte[] Bytes, string ContentType = "application/octet-stream");

/// <summary>
/// Submits a form as multipart/form-data the way a browser does with a file input: loads the page, takes the form's
/// hidden fields (antiforgery token, _handler) and action, adds the values and files.
/// </summary>
internal static partial class MultipartPageForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formMarker,
        IEnumerable<KeyValuePair<string, string>> values, IEnumerable<PostedFile> files)
    {
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var form = Forms().Matches(html).FirstOrDefault(f => f.Value.Contains(formMarker, StringComparison.Ordinal));
        Assert.True(form is not null, $"No form with '{formMarker}' on {path}.");
        Assert.Contains("multipart/form-data", FormTag().Match(form.Value).Value, StringComparison.Ordinal);

        var content = new MultipartFormDataContent();
        foreach (Match input in Hidden().Matches(form.Value))
        {
            content.Add(new StringContent(WebUtility.HtmlDecode(Attr(input.Value, "value") ?? "")), Attr(input.Value, "name")!);
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        var action = WebUtility.HtmlDecode(Attr(FormTag().Match(form.Value).Value, "action") ?? path);
        return await client.PostAsync(action, content);
    }

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $@"\s{name}\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<form\b.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Forms();

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"<input\b[^>]*type=""hidden""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();
}
