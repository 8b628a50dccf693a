using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// Both providers search derived rows (SQLite: KnowledgeSearchRows + FTS5; PostgreSQL: KnowledgeSearchRows with the
/// vector), kept in step with the items by triggers. Every kind of write must reach them: an edit of the text and the
/// lists, taking an item off line, publishing it again and deleting it.
/// </summary>
public abstract class SearchRowSyncTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private Task<SearchResult> SearchAsync(SearchRequest request) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(request));

    private Task EditAsync(Guid id, Action<KnowledgeItem> change) => KnowledgeScope.RunAsync(app, async s =>
    {
        var item = await s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().SingleAsync(i => i.Id == id);
        change(item);
        await s.GetRequiredService<KnowledgeStore>().SaveAsync(item, KnowledgeActions.Edited, actorId: null);
        return true;
    });

    [Fact]
    public async Task EditsUnpublishingRepublishingAndDeletingReachTheSearch()
    {
        var before = $"zwo{Guid.NewGuid():N}"[..10];
        var after = $"zwn{Guid.NewGuid():N}"[..10];
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Buurtaanpak {before}", "Een gesprek in de wijk.",
            i => { i.Themes = ["jeugd"]; i.PeriodStart = "2019"; });
        Assert.Equal([item.Id], (await SearchAsync(new SearchRequest { Query = before })).Hits.Select(h => h.Item.Id));

        // An edit of the title and summary (the only places of the word), the lists, the kind and the period: the new word finds it with the new facets, the old word no longer.
        await EditAsync(item.Id, i =>
        {
            i.Title = $"Buurtaanpak {after}";
            i.Summary = i.Title;
            i.Kind = KnowledgeKinds.Tool;
            i.Themes = ["online", "online", "dialoog"];
            i.PeriodStart = "2023";
        });
        Assert.Empty((await SearchAsync(new SearchRequest { Query = before })).Hits);
        var edited = await SearchAsync(new SearchRequest { Query = after });
        Assert.Equal([item.Id], edited.Hits.Select(h => h.Item.Id));
        Assert.Equal([new FacetValue(KnowledgeKinds.Tool, 1)], edited.Facets[KnowledgeSearch.KindFacet]);
        Assert.Equal([new FacetValue("dialoog", 1), new FacetValue("online", 1)], edited.Facets[KnowledgeSearch.ThemeFacet]);
        Assert.Contains(new FacetValue("2023", 1), edited.Facets[KnowledgeSearch.YearFacet]);
        Assert.DoesNotContain(edited.Facets[KnowledgeSearch.YearFacet], f => f.Value == "2019");
        Assert.Single((await SearchAsync(new SearchRequest { Query = after, Themes = ["online"], FromYear = 2023, ToYear = 2023 })).Hits);

        // Off line (back to draft): not found; published again: found.
        await EditAsync(item.Id, i => i.Status = KnowledgeStatus.Draft);
        Assert.Equal(0, (await SearchAsync(new SearchRequest { Query = after })).Total);
        await EditAsync(item.Id, i => i.Status = KnowledgeStatus.Published);
        Assert.Equal(1, (await SearchAsync(new SearchRequest { Query = after })).Total);

        // Deleted: gone from the search, also from a search without text.
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await db.Set<KnowledgeItemVersion>().Where(v => v.ItemId == item.Id).ExecuteDeleteAsync();
            return await db.Set<KnowledgeItem>().Where(i => i.Id == item.Id).ExecuteDeleteAsync();
        });
        Assert.Equal(0, (await SearchAsync(new SearchRequest { Query = after })).Total);
        var all = await SearchAsync(new SearchRequest { PageSize = 100 });
        var published = await KnowledgeScope.RunAsync(app, s =>
            s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().CountAsync(i => i.Status == KnowledgeStatus.Published));
        Assert.Equal(published, all.Total);
    }
}

public sealed class SqliteSearchRowSyncTests(SqliteAppFixture app) : SearchRowSyncTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresSearchRowSyncTests(PostgresAppFixture app) : SearchRowSyncTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>
{
    private readonly PostgresAppFixture app = app;

    /// <summary>
    /// A database from before the search rows (the vector as a column of the items, stop 6) gets the rows at start-up,
    /// filled from its published items; the old column goes.
    /// </summary>
    [Fact]
    public async Task StartUpBuildsTheSearchRowsForAnOlderDatabase()
    {
        var marker = $"zwe{Guid.NewGuid():N}"[..10];
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Oude aanpak {marker}", "Een gesprek in de wijk.");
        var draft = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Concept {marker}", "tekst", i => i.Status = KnowledgeStatus.Draft);
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync($"""
                DROP TRIGGER "KnowledgeItems_SearchRow_Sync" ON "KnowledgeItems";
                DROP TABLE "{SearchSchema.PostgresRowTable}";
                ALTER TABLE "KnowledgeItems" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', "SearchDocument")) STORED;
                """);
            await SearchSchema.EnsureAsync(db, DatabaseProvider.PostgreSQL, default);
            return true;
        });

        var result = await SearchAsync(new SearchRequest { Query = marker });
        Assert.Equal([item.Id], result.Hits.Select(h => h.Item.Id));
        Assert.DoesNotContain(result.Hits, h => h.Item.Id == draft.Id);
        var oldColumn = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Database
            .SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_attribute WHERE attrelid = '"KnowledgeItems"'::regclass AND attname = 'SearchVector' AND NOT attisdropped""")
            .SingleAsync());
        Assert.Equal(0, oldColumn);

        // The trigger is back too: a new item is found at once.
        var later = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Nieuwe aanpak {marker}", "tekst");
        Assert.Equal(2, (await SearchAsync(new SearchRequest { Query = marker })).Total);
        Assert.Contains((await SearchAsync(new SearchRequest { Query = marker })).Hits, h => h.Item.Id == later.Id);
    }

    private Task<SearchResult> SearchAsync(SearchRequest request) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(request));
}
