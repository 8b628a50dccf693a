using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// Structural WCAG checks on the module's pages with content on them (held posts, forms, tables): one h1, a label
/// for every control, a caption on every table, no inline styles (the CSP blocks them), and English texts in English.
/// </summary>
public sealed partial class CommunityPageStructureTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    public static TheoryData<Principal, string> Pages => new()
    {
        { Principal.Moderator, "/gemeenschap" },
        { Principal.Moderator, "/gemeenschap?thema=haatspraak" },
        { Principal.Moderator, "/gemeenschap/vragen/nieuw" },
        { Principal.Moderator, "/gemeenschap/meldingen" },
        { Principal.Moderator, "/gemeenschap/moderatie" },
        { Principal.Staff, "/ondersteuning" },
        { Principal.Staff, "/ondersteuning/nieuw" },
        { Principal.PlatformAdmin, "/ondersteuning" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageIsWellFormed(Principal principal, string path)
    {
        await EnsureHeldPostAsync();
        Check(await PageForm.HtmlAsync(await app.ClientAsync(principal), path));
    }

    [Fact]
    public async Task DetailPagesAreWellFormed()
    {
        await EnsureHeldPostAsync();
        Check(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/gemeenschap/vragen/{app.World.Resource("community.question")}"));
        Check(await PageForm.HtmlAsync(await app.ClientAsync(Principal.PlatformAdmin), $"/ondersteuning/{app.World.Resource("community.home-support-request")}"));
        Check(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/ondersteuning/{app.World.Resource("community.home-support-request")}"));
    }

    [Fact]
    public async Task TheModuleSpeaksEnglishToo()
    {
        var client = await app.LogInAsync(Principal.Official);
        await PageForm.SubmitAsync(client, "/gemeenschap", "id=\"taalkeuze\"", [new("culture", "en")]);
        var html = PageForm.Text(await PageForm.HtmlAsync(client, "/gemeenschap"));
        Assert.Contains("Ask a question", html, StringComparison.Ordinal);
        Assert.Contains("Hate speech", html, StringComparison.Ordinal);
    }

    private async Task EnsureHeldPostAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CommunityService>().AnswerAsync(CommunityActors.Of(app.World, Principal.Partner),
            Guid.Parse(app.World.Resource("community.question")), "Die vluchtelingen zijn ongedierte, we moeten ze allemaal buiten schoppen.",
            TestContext.Current.CancellationToken);
        Assert.True(result.Held);
    }

    private static void Check(string html)
    {
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.DoesNotMatch(" style=\"", html);
        foreach (Match control in Control().Matches(html))
        {
            if (Regex.IsMatch(control.Value, "type=\"(hidden|submit|button)\""))
            {
                continue;
            }

            var id = Regex.Match(control.Value, " id=\"([^\"]+)\"");
            Assert.True(id.Success, $"Control without id: {control.Value}");
            Assert.Contains($"<label for=\"{id.Groups[1].Value}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(Regex.Matches(html, "<table").Count, Regex.Matches(html, "<caption").Count);
    }

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();
}
