using System.Text.RegularExpressions;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>
/// Structural WCAG checks on the rendered HTML of every page: language, skip link and landmarks, one h1, a label
/// for every input, captions and header scopes on tables, and no inline styles (the CSP would block them).
/// </summary>
public sealed partial class AccessibilityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    public static TheoryData<string> AnonymousPages =>
        ["/", "/inloggen", "/wachtwoord-vergeten", "/wachtwoord-herstellen?user=x&code=y", "/uitnodiging?user=x&token=y", "/uitloggen", "/fout/404", "/fout/500"];

    public static TheoryData<string> AdminPages =>
        ["/", "/account", "/beheer/gebruikers", "/beheer/gebruikers/uitnodigen", "/beheer/gemeenten", "/beheer/gemeenten/nieuw",
         "/beheer/samenwerkingsverbanden", "/beheer/samenwerkingsverbanden/nieuw", "/beheer/audit"];

    [Theory]
    [MemberData(nameof(AnonymousPages))]
    public async Task AnonymousPageIsWellFormed(string path) =>
        Check(await PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), path));

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPageIsWellFormed(string path) =>
        Check(await PageForm.HtmlAsync(await app.ClientAsync(Principal.PlatformAdmin), path));

    [Fact]
    public async Task DetailPagesAreWellFormed()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);
        Check(await PageForm.HtmlAsync(client, $"/beheer/gebruikers/{app.World[Principal.Staff].Id}"));
        Check(await PageForm.HtmlAsync(client, $"/beheer/gemeenten/{app.World.Home.Id}"));
        Check(await PageForm.HtmlAsync(client, $"/beheer/samenwerkingsverbanden/{app.World.HomePartnership.Id}"));
    }

    private static void Check(string html)
    {
        Assert.Matches("<html lang=\"(nl-BE|en)\"", html);
        Assert.Contains("<a class=\"skip-link\" href=\"#inhoud\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<main id=\"inhoud\""));
        Assert.Single(Regex.Matches(html, "<header"));
        Assert.Single(Regex.Matches(html, "<footer"));
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.DoesNotMatch(" style=\"", html);

        foreach (Match control in Control().Matches(html))
        {
            var tag = control.Value;
            if (Regex.IsMatch(tag, "type=\"(hidden|submit|button)\""))
            {
                continue;
            }

            var id = Regex.Match(tag, " id=\"([^\"]+)\"");
            Assert.True(id.Success, $"Input without id (so without a label): {tag}");
            Assert.True(html.Contains($"<label for=\"{id.Groups[1].Value}\"", StringComparison.Ordinal),
                $"No <label for=\"{id.Groups[1].Value}\">: {tag}");
        }

        var tables = Regex.Matches(html, "<table");
        Assert.Equal(tables.Count, Regex.Matches(html, "<caption").Count);
        if (tables.Count > 0)
        {
            Assert.Contains("<th scope=\"col\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();
}
