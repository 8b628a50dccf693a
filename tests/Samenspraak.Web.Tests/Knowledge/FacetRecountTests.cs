using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Taxonomy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// Facet counts come from structures the database keeps beside the items (a tag table on SQLite); after edits,
/// deletions and a taxonomy merge they must still equal a recount of the items themselves.
/// </summary>
public abstract class FacetRecountTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task FacetCountsEqualARecountAfterEditsDeletionsAndAMerge()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        var source = await AddThemeAsync($"term-{marker}-a", "Samen te voegen");
        var target = await AddThemeAsync($"term-{marker}-b", "Blijvend");
        var one = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Een {marker}", "tekst", i => { i.Themes = [source, "jeugd"]; i.Provinces = ["Antwerpen"]; });
        var two = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Twee {marker}", "tekst", i => { i.Themes = [source, target]; i.Provinces = ["Limburg"]; i.Municipalities = ["Genk"]; });
        var three = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Drie {marker}", "tekst", i => { i.Themes = [target]; i.TargetGroups = ["jongeren"]; });
        await AssertFacetsEqualRecountAsync(marker);

        // An edit moves an item to another theme and province.
        await EditAsync(three.Id, i => { i.Themes = [source, "online"]; i.Provinces = ["Antwerpen", "Limburg"]; });
        await AssertFacetsEqualRecountAsync(marker);

        // A merge re-tags items (two carried both terms and now carries the target once).
        var curator = await app.ClientAsync(Principal.Curator);
        var sourceId = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeTerm>()
            .Where(t => t.Kind == TermKind.Theme && t.Slug == source).Select(t => t.Id).SingleAsync());
        var merged = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{sourceId}", "id=\"samenvoegen\"", [F("doel", target)]);
        Assert.Equal(HttpStatusCode.Found, merged.StatusCode);
        var afterMerge = await AssertFacetsEqualRecountAsync(marker);
        Assert.Equal(3, Count(afterMerge, KnowledgeSearch.ThemeFacet, target));
        Assert.Equal(0, Count(afterMerge, KnowledgeSearch.ThemeFacet, source));

        // Unpublishing and deleting take items out of every count.
        await EditAsync(one.Id, i => i.Status = KnowledgeStatus.Draft);
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await db.Set<KnowledgeItemVersion>().Where(v => v.ItemId == two.Id).ExecuteDeleteAsync();
            return await db.Set<KnowledgeItem>().Where(i => i.Id == two.Id).ExecuteDeleteAsync();
        });
        var last = await AssertFacetsEqualRecountAsync(marker);
        Assert.Equal(1, last.Total);
        Assert.Equal(0, Count(last, KnowledgeSearch.MunicipalityFacet, "Genk"));

        // With a theme chosen, the other facets count the narrowed set and the total agrees.
        var narrowed = await SearchAsync(new SearchRequest { Query = marker, Themes = ["online"] });
        Assert.Equal(1, narrowed.Total);
        Assert.Equal(1, Count(narrowed, KnowledgeSearch.TargetGroupFacet, "jongeren"));
    }

    private Task<SearchResult> SearchAsync(SearchRequest request) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(request));

    private async Task<string> AddThemeAsync(string slug, string label)
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var response = await PageForm.SubmitAsync(curator, "/kennisbank/taxonomie/nieuw?soort=thema", "id=\"term\"",
            [F("Input.Slug", slug), F("Input.LabelNl", label), F("Input.LabelEn", label)]);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return slug;
    }

    private Task EditAsync(Guid id, Action<KnowledgeItem> change) =>
        KnowledgeScope.RunAsync(app, async s =>
        {
            var item = await s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().SingleAsync(i => i.Id == id);
            change(item);
            await s.GetRequiredService<KnowledgeStore>().SaveAsync(item, KnowledgeActions.Edited, actorId: null);
            return true;
        });

    /// <summary>Every list facet of a search for the marker equals the same count made in C# over the published items.</summary>
    private async Task<SearchResult> AssertFacetsEqualRecountAsync(string marker)
    {
        var result = await SearchAsync(new SearchRequest { Query = marker });
        var items = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published && i.Title.EndsWith(marker)).ToListAsync());
        Assert.Equal(items.Count, result.Total);
        foreach (var (facet, values) in new (string, Func<KnowledgeItem, IEnumerable<string>>)[]
                 {
                     (KnowledgeSearch.ThemeFacet, i => i.Themes), (KnowledgeSearch.TargetGroupFacet, i => i.TargetGroups),
                     (KnowledgeSearch.ProvinceFacet, i => i.Provinces), (KnowledgeSearch.MunicipalityFacet, i => i.Municipalities),
                     (KnowledgeSearch.KindFacet, i => [i.Kind]),
                 })
        {
            var expected = items.SelectMany(i => values(i).Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var actual = result.Facets[facet].ToDictionary(f => f.Value, f => f.Count);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
        }

        return result;
    }

    private static int Count(SearchResult result, string facet, string value) =>
        result.Facets[facet].FirstOrDefault(f => f.Value == value)?.Count ?? 0;
}

public sealed class SqliteFacetRecountTests(SqliteAppFixture app) : FacetRecountTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresFacetRecountTests(PostgresAppFixture app) : FacetRecountTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
