using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// The full-text structures that EF Core cannot describe in its model, created idempotently at start-up (by the
/// knowledge seeder) rather than in the migration, because migrations are regenerated when branches merge:
/// SQLite gets an FTS5 table kept in step by triggers; PostgreSQL gets a stored tsvector column with a GIN index.
/// </summary>
public static class SearchSchema
{
    public const string SqliteTable = "KnowledgeSearch";

    /// <summary>PostgreSQL: the generated, stored tsvector column (outside the EF model, which never reads it).</summary>
    public const string PostgresVector = "SearchVector";

    public static async Task EnsureAsync(AppDbContext db, DatabaseProvider provider, CancellationToken ct)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            // A stored vector rather than an expression index: ranking reads the vector of every match, and
            // recomputing to_tsvector per row at query time cost more than the whole search budget with 10,000 items.
            await db.Database.ExecuteSqlRawAsync($"""
                ALTER TABLE "KnowledgeItems" ADD COLUMN IF NOT EXISTS "{PostgresVector}" tsvector
                  GENERATED ALWAYS AS (to_tsvector('dutch', "SearchDocument")) STORED;
                DROP INDEX IF EXISTS "IX_KnowledgeItems_SearchDocument";
                CREATE INDEX IF NOT EXISTS "IX_KnowledgeItems_{PostgresVector}" ON "KnowledgeItems" USING GIN ("{PostgresVector}");
                """, ct);
            return;
        }

        // Every object is checked by name: an EF table rebuild (a later migration altering KnowledgeItems on SQLite)
        // drops the triggers and indexes with the old table, and then they and the derived rows are made again.
        var names = string.Join(", ", SqliteObjects.Select(n => $"'{n}'"));
        var present = await ScalarAsync(db, $"SELECT count(*) FROM sqlite_master WHERE name IN ({names})", ct);
        if (present == SqliteObjects.Length)
        {
            return;
        }

        // unicode61 with remove_diacritics 2 folds accents again at the tokenizer, so text written before folding
        // (or a query typed with accents) still meets; the stemming is done in C# before the text reaches SQLite.
        // KnowledgeSearchTags holds one row per (item, list facet, value), de-duplicated by its key, so facets are
        // counted with an index instead of parsing four JSON lists of every matching item per search.
        // Only constants of this class are interpolated (no user input), so a raw script is safe.
        var script = $"""
            DROP TRIGGER IF EXISTS KnowledgeItems_Search_Insert;
            DROP TRIGGER IF EXISTS KnowledgeItems_Search_Update;
            DROP TRIGGER IF EXISTS KnowledgeItems_Search_Delete;
            DROP TRIGGER IF EXISTS KnowledgeItems_Tags_Update;
            DROP TABLE IF EXISTS {SqliteTable};
            DROP TABLE IF EXISTS {SqliteTagTable};
            CREATE VIRTUAL TABLE {SqliteTable} USING fts5(ItemId UNINDEXED, Document, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE {SqliteTagTable} (ItemId TEXT NOT NULL, Facet TEXT NOT NULL, Value TEXT NOT NULL,
              PRIMARY KEY (ItemId, Facet, Value)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS IX_{SqliteTagTable}_Facet_Value ON {SqliteTagTable} (Facet, Value, ItemId);
            CREATE INDEX IF NOT EXISTS {SqliteSearchIndex} ON KnowledgeItems (Id, Status, Kind, UpdatedAt, PeriodStart, PeriodEnd);
            CREATE TRIGGER KnowledgeItems_Search_Insert AFTER INSERT ON KnowledgeItems BEGIN
              INSERT INTO {SqliteTable}(ItemId, Document) VALUES (new.Id, new.SearchDocument);
              {InsertTags("new.")}
            END;
            CREATE TRIGGER KnowledgeItems_Search_Update AFTER UPDATE OF SearchDocument ON KnowledgeItems BEGIN
              DELETE FROM {SqliteTable} WHERE ItemId = old.Id;
              INSERT INTO {SqliteTable}(ItemId, Document) VALUES (new.Id, new.SearchDocument);
            END;
            CREATE TRIGGER KnowledgeItems_Tags_Update AFTER UPDATE OF Themes, TargetGroups, Provinces, Municipalities ON KnowledgeItems BEGIN
              DELETE FROM {SqliteTagTable} WHERE ItemId = old.Id;
              {InsertTags("new.")}
            END;
            CREATE TRIGGER KnowledgeItems_Search_Delete AFTER DELETE ON KnowledgeItems BEGIN
              DELETE FROM {SqliteTable} WHERE ItemId = old.Id;
              DELETE FROM {SqliteTagTable} WHERE ItemId = old.Id;
            END;
            INSERT INTO {SqliteTable}(ItemId, Document) SELECT Id, SearchDocument FROM KnowledgeItems;
            {InsertTags("k.", "KnowledgeItems k, ")}
            ANALYZE {SqliteTagTable};
            """;
        await db.Database.ExecuteSqlRawAsync(script, ct);
    }

    /// <summary>SQLite: (item, facet, value) rows for the four list facets, kept in step by triggers.</summary>
    public const string SqliteTagTable = "KnowledgeSearchTags";

    /// <summary>
    /// SQLite: the columns a search reads per match, so the search never walks the long rows (body, search document)
    /// of thousands of matching items to reach their status and date.
    /// </summary>
    private const string SqliteSearchIndex = "IX_KnowledgeItems_SearchColumns";

    private static readonly string[] SqliteObjects =
    [
        SqliteTable, SqliteTagTable, SqliteSearchIndex, "KnowledgeItems_Search_Insert", "KnowledgeItems_Search_Update",
        "KnowledgeItems_Tags_Update", "KnowledgeItems_Search_Delete",
    ];

    /// <summary>The list columns behind the tag rows, by facet name.</summary>
    internal static readonly (string Facet, string Column)[] TagFacets =
    [
        (KnowledgeSearch.ThemeFacet, "Themes"), (KnowledgeSearch.TargetGroupFacet, "TargetGroups"),
        (KnowledgeSearch.ProvinceFacet, "Provinces"), (KnowledgeSearch.MunicipalityFacet, "Municipalities"),
    ];

    /// <summary>Tag rows of one item (<c>new.</c> in a trigger) or, with <paramref name="from"/>, of every item.</summary>
    private static string InsertTags(string row, string from = "") => string.Join("\n", TagFacets.Select(t =>
        $"INSERT OR IGNORE INTO {SqliteTagTable}(ItemId, Facet, Value) SELECT {row}Id, '{t.Facet}', x.value FROM {from}json_each({row}{t.Column}) x WHERE x.type = 'text';"));

    private static async Task<long> ScalarAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        // EF's own open/close keeps count, so a connection the context already holds open stays open afterwards.
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
