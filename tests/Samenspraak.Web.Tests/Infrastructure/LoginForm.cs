using System.Net;
using System.Text.RegularExpressions;

namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>
/// Logs in through the real /inloggen page: reads the form (antiforgery token, handler, field names) from the
/// HTML and posts it like a browser. Independent of the exact field names: it looks for the e-mail and password inputs.
/// </summary>
public static partial class LoginForm
{
    public const string Path = "/inloggen";

    /// <summary>Posts the log-in form and returns the response (302 on success; the page again on failure).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var form = FormWithPassword().Match(html);
        Assert.True(form.Success, "The log-in page has no form with a password field.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form.Value))
        {
            var tag = input.Value;
            var name = Attr(tag, "name");
            if (name is null)
            {
                continue;
            }

            var type = Attr(tag, "type") ?? "text";
            if (type == "password")
            {
                fields.Add(new(name, password));
            }
            else if (type == "email" || Attr(tag, "autocomplete") == "username")
            {
                fields.Add(new(name, email));
            }
            else if (type == "hidden")
            {
                fields.Add(new(name, WebUtility.HtmlDecode(Attr(tag, "value") ?? "")));
            }
        }

        var action = WebUtility.HtmlDecode(Attr(FormTag().Match(form.Value).Value, "action") ?? Path);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Logs in and asserts success (a redirect away from the log-in page).</summary>
    public static async Task LogInAsync(HttpClient client, string email, string password)
    {
        var response = await PostAsync(client, email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Found,
            $"Log-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain(Path, response.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $@"\s{name}\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<form\b(?:(?!</form>).)*type=""password""(?:(?!</form>).)*</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormWithPassword();

    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();
}
