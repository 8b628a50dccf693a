using System.Net;
using System.Text.RegularExpressions;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>
/// Submits a form the way a browser does: loads the page, takes the form's hidden fields (antiforgery token,
/// Blazor's _handler) and its action from the HTML, adds the given values and posts.
/// </summary>
public static partial class PageForm
{
    /// <param name="formMarker">Text that occurs inside the wanted form's opening tag or its _handler, e.g. <c>id="gemeente"</c>.</param>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string path, string formMarker, IEnumerable<KeyValuePair<string, string>> values)
    {
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var form = Forms().Matches(html).FirstOrDefault(f => f.Value.Contains(formMarker, StringComparison.Ordinal));
        Assert.True(form is not null, $"No form with '{formMarker}' on {path}.");

        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Hidden().Matches(form.Value))
        {
            fields.Add(new(Attr(input.Value, "name")!, WebUtility.HtmlDecode(Attr(input.Value, "value") ?? "")));
        }

        fields.AddRange(values);
        var action = WebUtility.HtmlDecode(Attr(FormTag().Match(form.Value).Value, "action") ?? path);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Follows one redirect (the "get" of post-redirect-get) and returns the page.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return await HtmlAsync(client, Location(response)!);
    }

    /// <summary>The page with character references decoded (the renderer writes "–" as "&amp;#x2013;").</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The redirect target as a local path and query (the server may send absolute URLs).</summary>
    public static string? Location(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString)
            : null;

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
