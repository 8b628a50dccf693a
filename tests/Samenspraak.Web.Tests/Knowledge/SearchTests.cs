using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Dutch full-text search on the database's own engine: stemming, accents, facets, snippets, ranking.</summary>
public abstract class SearchTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private Task<SearchResult> SearchAsync(SearchRequest request) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(request));

    [Fact]
    public async Task TheStarterContentIsLoadedAndFindable()
    {
        var result = await SearchAsync(new SearchRequest { Query = "rolmodellen Groningen" });
        Assert.Contains(result.Hits, h => h.Item.Slug == "rolmodellen-polrad");
    }

    [Fact]
    public async Task InflectedFormsFindEachOther()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Buurtgesprekken {marker}",
            $"De gemeente organiseerde trainingen voor jeugdwerkers en sleutelfiguren in de wijk {marker}.");

        foreach (var query in new[] { $"training {marker}", $"jeugdwerker {marker}", $"buurtgesprek {marker}", $"sleutelfiguur {marker}" })
        {
            var result = await SearchAsync(new SearchRequest { Query = query });
            Assert.True(result.Hits.Any(h => h.Item.Id == item.Id), $"'{query}' did not find the item.");
        }
    }

    [Fact]
    public async Task AccentsAreFoldedInTextAndQuery()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Publication, $"Coördinatie van een café-gesprek {marker}",
            $"Een reeks over ideeën en financiële steun {marker}.");

        foreach (var query in new[] { $"coordinatie {marker}", $"cafe {marker}", $"ideeen {marker}", $"financiele {marker}", $"Coördinatie {marker}" })
        {
            var result = await SearchAsync(new SearchRequest { Query = query });
            Assert.True(result.Hits.Any(h => h.Item.Id == item.Id), $"'{query}' did not find the item.");
        }
    }

    [Fact]
    public async Task FacetsCountTheMatchingItems()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Aanpak een {marker}", "tekst", i => { i.Themes = ["polarisatie", "jeugd"]; i.Provinces = ["Antwerpen"]; i.PeriodStart = "2020"; i.PeriodEnd = "2021"; });
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Aanpak twee {marker}", "tekst", i => { i.Themes = ["polarisatie"]; i.Provinces = ["Limburg"]; i.PeriodStart = "2022"; });
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Hulpmiddel {marker}", "tekst", i => { i.Themes = ["jeugd"]; i.Provinces = ["Antwerpen"]; });
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Concept {marker}", "tekst", i => { i.Themes = ["jeugd"]; i.Status = KnowledgeStatus.Draft; });

        var all = await SearchAsync(new SearchRequest { Query = marker });
        Assert.Equal(3, all.Total);
        Assert.Equal(2, Count(all, KnowledgeSearch.KindFacet, KnowledgeKinds.Practice));
        Assert.Equal(1, Count(all, KnowledgeSearch.KindFacet, KnowledgeKinds.Tool));
        Assert.Equal(2, Count(all, KnowledgeSearch.ThemeFacet, "jeugd"));
        Assert.Equal(2, Count(all, KnowledgeSearch.ProvinceFacet, "Antwerpen"));
        Assert.Equal(1, Count(all, KnowledgeSearch.YearFacet, "2021"));

        // Choosing a province narrows the other facets, but its own facet still shows the alternatives.
        var antwerp = await SearchAsync(new SearchRequest { Query = marker, Provinces = ["Antwerpen"] });
        Assert.Equal(2, antwerp.Total);
        Assert.Equal(1, Count(antwerp, KnowledgeSearch.KindFacet, KnowledgeKinds.Practice));
        Assert.Equal(1, Count(antwerp, KnowledgeSearch.ThemeFacet, "polarisatie"));
        Assert.Equal(1, Count(antwerp, KnowledgeSearch.ProvinceFacet, "Limburg"));

        var period = await SearchAsync(new SearchRequest { Query = marker, FromYear = 2022, ToYear = 2022 });
        Assert.Equal(1, period.Total);
        Assert.Contains("twee", period.Hits.Single().Item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnippetsHighlightEncodedText()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Spel {marker}", $"Spelers <script>alert(1)</script> oefenen omstaandersgedrag {marker} in groep.");
        var hit = (await SearchAsync(new SearchRequest { Query = $"oefening {marker}" })).Hits.Single();
        Assert.Contains($"<mark>{marker}</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>oefenen</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleMatchesRankAboveBodyMatches()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        var inBody = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Publication, $"Algemene gids {marker}", $"Een hoofdstuk gaat over wijkbemiddeling en nog veel meer onderwerpen, zoals participatie, jeugd, sport en cultuur {marker}.");
        var inTitle = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Publication, $"Wijkbemiddeling {marker}", $"Wijkbemiddeling in de praktijk {marker}.");
        var hits = (await SearchAsync(new SearchRequest { Query = $"wijkbemiddeling {marker}" })).Hits;
        Assert.Equal([inTitle.Id, inBody.Id], hits.Select(h => h.Item.Id));
    }

    [Fact]
    public async Task DraftsAreNotFoundAndSyntaxIsHarmless()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Geheim concept {marker}", "tekst", i => i.Status = KnowledgeStatus.Submitted);
        Assert.Equal(0, (await SearchAsync(new SearchRequest { Query = marker })).Total);
        var odd = await SearchAsync(new SearchRequest { Query = "\"polarisatie* OR NEAR( ' ) -- ;" });
        Assert.True(odd.Total >= 0);
    }

    [Fact]
    public async Task TheDirectoryReturnsPublishedReferences()
    {
        var refs = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().SearchAsync("omstaanders", [KnowledgeKinds.Practice], limit: 5));
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.Equal(KnowledgeKinds.Practice, r.Kind));
        Assert.All(refs, r => Assert.StartsWith("/kennisbank/praktijken/", r.Url, StringComparison.Ordinal));

        var themes = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().GetThemesAsync());
        Assert.Contains(themes, t => t is { Slug: "haatspraak", Label: "Haatspraak" });
        var byId = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().GetAsync([refs[0].Id, Guid.NewGuid()]));
        Assert.Equal(refs[0].Id, Assert.Single(byId).Id);
    }

    private static int Count(SearchResult result, string facet, string value) =>
        result.Facets[facet].FirstOrDefault(f => f.Value == value)?.Count ?? 0;
}

public sealed class SqliteSearchTests(SqliteAppFixture app) : SearchTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresSearchTests(PostgresAppFixture app) : SearchTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
