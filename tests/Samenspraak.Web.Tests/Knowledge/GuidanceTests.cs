using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Duiding: knowledge matched on signals, target groups and key phrases, with the reason shown.</summary>
public abstract class GuidanceTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private Task<IReadOnlyList<GuidanceMatch>> ForAsync(ThemeGuidanceRequest request) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IThemeGuidance>().ForThemeAsync(request));

    [Fact]
    public async Task ADehumanisingThemeGetsTheMatchingInvalshoekWithReasons()
    {
        var matches = await ForAsync(new ThemeGuidanceRequest(app.World.Home.Id, "Reacties over de moskee",
            ["ratten", "moskee"], ["#buitenmetze"], ["dehumanisation"], ["religion"]));
        var angle = Assert.Single(matches, m => m.Url == "/kennisbank/invalshoeken/ontmenselijking-van-een-groep");
        Assert.Equal(KnowledgeKinds.Angle, angle.Kind);
        Assert.Contains("ontmenselijking", angle.Reason, StringComparison.Ordinal);
        Assert.Contains("Religie", angle.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ratten", angle.Reason, StringComparison.Ordinal);
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Url), matches.Select(m => m.Url));
        Assert.True(matches.Count <= 12);
    }

    [Fact]
    public async Task AFactCheckMatchesOnItsClaim()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.FactCheck, $"Zonnepanelen factcheck {id}", "tekst",
            i => { i.Claim = "Zonnepanelen op scholen veroorzaken hoofdpijn bij kinderen"; i.Verdict = "Onwaar"; i.Publisher = "Test"; });
        var matches = await ForAsync(new ThemeGuidanceRequest(app.World.Home.Id, "Zonnepanelen school",
            ["zonnepanelen", "hoofdpijn", "kinderen"], [], [], []));
        var match = Assert.Single(matches, m => m.Title == $"Zonnepanelen factcheck {id}");
        Assert.Contains("bewering", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnrelatedThemesGetNoGuidance()
    {
        var matches = await ForAsync(new ThemeGuidanceRequest(app.World.Home.Id, "Wegenwerken", ["asfalt", "omleiding"], [], [], []));
        Assert.Empty(matches);
    }

    [Fact]
    public async Task TheGuidancePageShowsTheReason()
    {
        var html = PageForm.Text(await PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), "/kennisbank/duiding?signaal=harassment&doelgroep=mandatarissen"));
        Assert.Contains("Waarom:", html, StringComparison.Ordinal);
        Assert.Contains("zelfde soort signaal: intimidatie", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteGuidanceTests(SqliteAppFixture app) : GuidanceTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresGuidanceTests(PostgresAppFixture app) : GuidanceTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
