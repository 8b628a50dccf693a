using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// The full-text structures that EF Core cannot describe in its model, created idempotently at start-up (by the
/// knowledge seeder) rather than in the migration, because migrations are regenerated when branches merge:
/// SQLite gets an FTS5 table and narrow search rows kept in step by triggers; PostgreSQL gets a stored tsvector column with a GIN index.
/// </summary>
public static class SearchSchema
{
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
            await KeepVectorInlineAsync(db, ct);
            return;
        }

        // Every object is checked by name: an EF table rebuild (a later migration altering KnowledgeItems on SQLite)
        // drops the triggers with the old table, and then they and the derived rows are made again. A database made
        // by an earlier version (FTS table keyed by item id, per-item tag table) lacks the new names and is rebuilt.
        var names = string.Join(", ", SqliteObjects.Select(n => $"'{n}'"));
        var present = await ScalarAsync(db, $"SELECT count(*) FROM sqlite_master WHERE name IN ({names})", ct);
        if (present == SqliteObjects.Length)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(SqliteScript, ct);
    }

    /// <summary>
    /// PostgreSQL: a search reads the vector of every match twice (the @@ test and ts_rank), and PostgreSQL does not
    /// keep a de-toasted value between the two. Stored out of line (the default once a row passes 2 kB, which the long
    /// body makes common), every read costs a TOAST index lookup and chunk reads: about six buffer reads per match,
    /// most of a search's time at 10,000 items. Storage MAIN keeps the (compressed) vector in the row and moves the
    /// long text columns out first. Rows written before the change are rewritten once, so their vectors move in too.
    /// </summary>
    private static async Task KeepVectorInlineAsync(AppDbContext db, CancellationToken ct)
    {
        var storage = await ScalarTextAsync(db, $"""
            SELECT attstorage::text FROM pg_attribute WHERE attrelid = '"KnowledgeItems"'::regclass AND attname = '{PostgresVector}'
            """, ct);
        if (storage == "m")
        {
            return;
        }

        // Updating the source column recomputes the generated vector, which is then stored by the new rule. The
        // UPDATE runs once per database (the storage is checked above) and in one transaction with the change.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"""
            ALTER TABLE "KnowledgeItems" ALTER COLUMN "{PostgresVector}" SET STORAGE MAIN;
            UPDATE "KnowledgeItems" SET "SearchDocument" = "SearchDocument";
            """, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>SQLite: FTS5 over the search documents; its rowid is <see cref="SqliteRowTable"/>'s Seq.</summary>
    public const string SqliteTable = "KnowledgeSearchText";

    /// <summary>
    /// SQLite: one narrow row per item with what a search reads per match (status, kind, date, years, tag set), keyed
    /// by a small integer that is also the FTS rowid. A search never walks the long item rows or the FTS content.
    /// </summary>
    public const string SqliteRowTable = "KnowledgeSearchRows";

    /// <summary>
    /// SQLite: the distinct combinations of the four list facets (themes, target groups, provinces, municipalities),
    /// keyed by the lists' JSON text. Items with the same lists share a set, so list facets are counted per set.
    /// </summary>
    public const string SqliteTagSetTable = "KnowledgeSearchTagSets";

    /// <summary>SQLite: (set, facet, value) rows of every tag set, de-duplicated by the key.</summary>
    public const string SqliteTagValueTable = "KnowledgeSearchTagValues";

    private static readonly string[] SqliteObjects =
    [
        SqliteTable, SqliteRowTable, SqliteTagSetTable, SqliteTagValueTable, "IX_KnowledgeSearchRows_TagSet",
        "KnowledgeItems_SearchRow_Insert", "KnowledgeItems_SearchRow_Update", "KnowledgeItems_SearchText_Update",
        "KnowledgeItems_SearchRow_Delete", "KnowledgeSearchRows_TagSet_Release", "KnowledgeSearchRows_Delete_Release",
    ];

    /// <summary>The list columns behind the tag values, by facet name.</summary>
    internal static readonly (string Facet, string Column)[] TagFacets =
    [
        (KnowledgeSearch.ThemeFacet, "Themes"), (KnowledgeSearch.TargetGroupFacet, "TargetGroups"),
        (KnowledgeSearch.ProvinceFacet, "Provinces"), (KnowledgeSearch.MunicipalityFacet, "Municipalities"),
    ];

    /// <summary>
    /// Drops the search objects of every version and makes them again from the items. unicode61 with
    /// remove_diacritics 2 folds accents again at the tokenizer, so text written before folding (or a query typed
    /// with accents) still meets; the stemming is done in C# before the text reaches SQLite. Only constants of this
    /// class are interpolated (no user input), so a raw script is safe.
    /// </summary>
    private static string SqliteScript => $"""
        DROP TRIGGER IF EXISTS KnowledgeItems_Search_Insert;
        DROP TRIGGER IF EXISTS KnowledgeItems_Search_Update;
        DROP TRIGGER IF EXISTS KnowledgeItems_Search_Delete;
        DROP TRIGGER IF EXISTS KnowledgeItems_Tags_Update;
        DROP TRIGGER IF EXISTS KnowledgeItems_SearchRow_Insert;
        DROP TRIGGER IF EXISTS KnowledgeItems_SearchRow_Update;
        DROP TRIGGER IF EXISTS KnowledgeItems_SearchText_Update;
        DROP TRIGGER IF EXISTS KnowledgeItems_SearchRow_Delete;
        DROP TABLE IF EXISTS KnowledgeSearch;
        DROP TABLE IF EXISTS KnowledgeSearchTags;
        DROP INDEX IF EXISTS IX_KnowledgeItems_SearchColumns;
        DROP TABLE IF EXISTS {SqliteTable};
        DROP TABLE IF EXISTS {SqliteRowTable};
        DROP TABLE IF EXISTS {SqliteTagSetTable};
        DROP TABLE IF EXISTS {SqliteTagValueTable};
        CREATE VIRTUAL TABLE {SqliteTable} USING fts5(Document, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE {SqliteRowTable} (Seq INTEGER PRIMARY KEY, ItemId TEXT NOT NULL UNIQUE, Status INTEGER NOT NULL,
          Kind TEXT NOT NULL, UpdatedAt INTEGER NOT NULL, YearStart INTEGER NULL, YearEnd INTEGER NULL, TagSet INTEGER NOT NULL);
        CREATE INDEX IX_KnowledgeSearchRows_TagSet ON {SqliteRowTable} (TagSet);
        CREATE TABLE {SqliteTagSetTable} (Id INTEGER PRIMARY KEY, Key TEXT NOT NULL UNIQUE);
        CREATE TABLE {SqliteTagValueTable} (SetId INTEGER NOT NULL, Facet TEXT NOT NULL, Value TEXT NOT NULL,
          PRIMARY KEY (SetId, Facet, Value)) WITHOUT ROWID;
        CREATE INDEX IX_{SqliteTagValueTable}_Facet_Value ON {SqliteTagValueTable} (Facet, Value, SetId);
        CREATE TRIGGER KnowledgeItems_SearchRow_Insert AFTER INSERT ON KnowledgeItems BEGIN
          {AddTagSet("new.")}
          INSERT INTO {SqliteRowTable}(ItemId, Status, Kind, UpdatedAt, YearStart, YearEnd, TagSet)
            VALUES (new.Id, new.Status, new.Kind, new.UpdatedAt, {Year("new.PeriodStart")}, {Year("new.PeriodEnd")}, {TagSetId("new.")});
          INSERT INTO {SqliteTable}(rowid, Document) VALUES ((SELECT Seq FROM {SqliteRowTable} WHERE ItemId = new.Id), new.SearchDocument);
        END;
        CREATE TRIGGER KnowledgeItems_SearchRow_Update
          AFTER UPDATE OF Status, Kind, UpdatedAt, PeriodStart, PeriodEnd, Themes, TargetGroups, Provinces, Municipalities ON KnowledgeItems BEGIN
          {AddTagSet("new.")}
          UPDATE {SqliteRowTable} SET Status = new.Status, Kind = new.Kind, UpdatedAt = new.UpdatedAt,
            YearStart = {Year("new.PeriodStart")}, YearEnd = {Year("new.PeriodEnd")}, TagSet = {TagSetId("new.")}
            WHERE ItemId = old.Id;
        END;
        CREATE TRIGGER KnowledgeItems_SearchText_Update AFTER UPDATE OF SearchDocument ON KnowledgeItems BEGIN
          UPDATE {SqliteTable} SET Document = new.SearchDocument WHERE rowid = (SELECT Seq FROM {SqliteRowTable} WHERE ItemId = old.Id);
        END;
        CREATE TRIGGER KnowledgeItems_SearchRow_Delete AFTER DELETE ON KnowledgeItems BEGIN
          DELETE FROM {SqliteTable} WHERE rowid = (SELECT Seq FROM {SqliteRowTable} WHERE ItemId = old.Id);
          DELETE FROM {SqliteRowTable} WHERE ItemId = old.Id;
        END;
        CREATE TRIGGER KnowledgeSearchRows_TagSet_Release AFTER UPDATE OF TagSet ON {SqliteRowTable}
          WHEN old.TagSet <> new.TagSet AND NOT EXISTS (SELECT 1 FROM {SqliteRowTable} WHERE TagSet = old.TagSet) BEGIN
          DELETE FROM {SqliteTagValueTable} WHERE SetId = old.TagSet;
          DELETE FROM {SqliteTagSetTable} WHERE Id = old.TagSet;
        END;
        CREATE TRIGGER KnowledgeSearchRows_Delete_Release AFTER DELETE ON {SqliteRowTable}
          WHEN NOT EXISTS (SELECT 1 FROM {SqliteRowTable} WHERE TagSet = old.TagSet) BEGIN
          DELETE FROM {SqliteTagValueTable} WHERE SetId = old.TagSet;
          DELETE FROM {SqliteTagSetTable} WHERE Id = old.TagSet;
        END;
        INSERT OR IGNORE INTO {SqliteTagSetTable}(Key) SELECT {TagSetKey("k.")} FROM KnowledgeItems k;
        {string.Join("\n", TagFacets.Select(t => $"INSERT OR IGNORE INTO {SqliteTagValueTable}(SetId, Facet, Value) SELECT s.Id, '{t.Facet}', x.value FROM KnowledgeItems k JOIN {SqliteTagSetTable} s ON s.Key = {TagSetKey("k.")}, json_each(k.{t.Column}) x WHERE x.type = 'text';"))}
        INSERT INTO {SqliteRowTable}(ItemId, Status, Kind, UpdatedAt, YearStart, YearEnd, TagSet)
          SELECT k.Id, k.Status, k.Kind, k.UpdatedAt, {Year("k.PeriodStart")}, {Year("k.PeriodEnd")}, s.Id
          FROM KnowledgeItems k JOIN {SqliteTagSetTable} s ON s.Key = {TagSetKey("k.")};
        INSERT INTO {SqliteTable}(rowid, Document) SELECT r.Seq, k.SearchDocument FROM {SqliteRowTable} r JOIN KnowledgeItems k ON k.Id = r.ItemId;
        """;

    /// <summary>The lists' JSON text joined by a unit separator: equal lists give the same key.</summary>
    private static string TagSetKey(string row) => string.Join(" || char(31) || ", TagFacets.Select(t => $"{row}{t.Column}"));

    private static string TagSetId(string row) => $"(SELECT Id FROM {SqliteTagSetTable} WHERE Key = {TagSetKey(row)})";

    /// <summary>Makes the item's tag set and its values when they do not exist yet (the keys de-duplicate).</summary>
    private static string AddTagSet(string row) =>
        $"INSERT OR IGNORE INTO {SqliteTagSetTable}(Key) VALUES ({TagSetKey(row)});\n" + string.Join("\n", TagFacets.Select(t =>
            $"INSERT OR IGNORE INTO {SqliteTagValueTable}(SetId, Facet, Value) SELECT {TagSetId(row)}, '{t.Facet}', x.value FROM json_each({row}{t.Column}) x WHERE x.type = 'text';"));

    /// <summary>The first four digits of a period as a year, or NULL when the period does not start with a year.</summary>
    private static string Year(string column) =>
        $"CASE WHEN {column} GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr({column}, 1, 4) AS INTEGER) END";

    private static async Task<long> ScalarAsync(AppDbContext db, string sql, CancellationToken ct) =>
        Convert.ToInt64(await ScalarObjectAsync(db, sql, ct), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string?> ScalarTextAsync(AppDbContext db, string sql, CancellationToken ct) =>
        Convert.ToString(await ScalarObjectAsync(db, sql, ct), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarObjectAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        // EF's own open/close keeps count, so a connection the context already holds open stays open afterwards.
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
