using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// The full-text structures that EF Core cannot describe in its model, created idempotently at start-up (by the
/// knowledge seeder) rather than in the migration, because migrations are regenerated when branches merge:
/// SQLite gets an FTS5 table and narrow search rows kept in step by triggers; PostgreSQL gets narrow search rows with a
/// tsvector and a GIN index, kept in step by a trigger.
/// </summary>
public static class SearchSchema
{
    /// <summary>
    /// PostgreSQL: one narrow row per published item with only what a search reads (kind, tag set, date, years and the
    /// tsvector), kept in step by a trigger on the items. A broad search touches every match; in the wide item rows
    /// (long texts, a compressed vector) that scan was most of its time.
    /// </summary>
    public const string PostgresRowTable = "KnowledgeSearchRows";

    /// <summary>
    /// PostgreSQL: the distinct combinations of the four lists (without repeats), like SQLite's tag sets. A search
    /// carries one integer per match instead of four arrays and counts the list facets per set (see benchmarks.md).
    /// </summary>
    public const string PostgresTagSetTable = "KnowledgeSearchTagSets";

    /// <summary>PostgreSQL: the tsvector column of <see cref="PostgresRowTable"/>.</summary>
    public const string PostgresVector = "Vector";

    /// <summary>The objects the PostgreSQL script makes; when one is missing the script runs again.</summary>
    private static readonly string[] PostgresObjects =
    [
        PostgresRowTable, $"IX_{PostgresRowTable}_{PostgresVector}", PostgresTagSetTable, "knowledge_search_distinct",
        "knowledge_search_row_sync", "KnowledgeItems_SearchRow_Sync",
    ];

    public static async Task EnsureAsync(AppDbContext db, DatabaseProvider provider, CancellationToken ct)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            var found = await ScalarAsync(db, $"""
                SELECT (SELECT count(*) FROM pg_class WHERE relname IN ('{PostgresObjects[0]}', '{PostgresObjects[1]}', '{PostgresObjects[2]}') AND relnamespace = current_schema()::regnamespace)
                     + (SELECT count(*) FROM pg_proc WHERE proname IN ('{PostgresObjects[3]}', '{PostgresObjects[4]}') AND pronamespace = current_schema()::regnamespace)
                     + (SELECT count(*) FROM pg_trigger WHERE tgname = '{PostgresObjects[5]}' AND tgrelid = '"KnowledgeItems"'::regclass)
                """, ct);
            if (found != PostgresObjects.Length)
            {
                // One transaction: a search never sees the table half filled, and a failed start leaves the old state.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync(PostgresScript, ct);
                await transaction.CommitAsync(ct);
                await RefreshStatisticsAsync(db, ct);
            }

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
    /// PostgreSQL: gives the planner statistics of the search tables after they were filled in bulk (a rebuild, an
    /// import). Until autovacuum analyses freshly filled tables (up to a minute later) the planner guesses, and broad
    /// searches then took three times as long at p95 (docs/benchmarks.md, "Stop 7: PostgreSQL search"). No-op on SQLite.
    /// </summary>
    public static async Task RefreshStatisticsAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"ANALYZE \"{PostgresRowTable}\", \"{PostgresTagSetTable}\"", ct);
        }
    }

    /// <summary>
    /// PostgreSQL: drops what earlier versions made (the stored vector column on the items, stop 4 to 6) and the search
    /// rows, makes them again and fills them from the published items. Only constants of this class are interpolated.
    /// Only published items get a row: a search never asks for anything else, so there is no status test per match.
    /// The tag sets hold the lists without repeats (first place kept), so a facet counts an item once per value by a
    /// plain unnest; the overlap filters give the same answer on the shortened lists. A set no row uses any more stays
    /// (it is never counted: sets are reached from the matching rows) until the next rebuild. The vector has storage
    /// MAIN: in these short rows it normally stays in the row, and a very long item's vector is compressed but kept in
    /// the row when it fits, instead of costing TOAST reads per match. The trigger fires only for the columns the row is
    /// made of, so other edits of an item cost nothing extra.
    /// </summary>
    private static string PostgresScript => $"""
        DROP TRIGGER IF EXISTS "KnowledgeItems_SearchRow_Sync" ON "KnowledgeItems";
        DROP TABLE IF EXISTS "{PostgresRowTable}";
        DROP TABLE IF EXISTS "{PostgresTagSetTable}";
        ALTER TABLE "KnowledgeItems" DROP COLUMN IF EXISTS "SearchVector";
        CREATE OR REPLACE FUNCTION knowledge_search_distinct(list text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $f$
          SELECT COALESCE(array_agg(d.v ORDER BY d.i), ARRAY[]::text[]) FROM (SELECT x.v, min(x.i) AS i FROM unnest(list) WITH ORDINALITY AS x(v, i) GROUP BY x.v) d
        $f$;
        CREATE TABLE "{PostgresTagSetTable}" ("Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "Key" text NOT NULL UNIQUE,
          {TagColumnDefinitions});
        CREATE TABLE "{PostgresRowTable}" ("Id" uuid PRIMARY KEY, "Kind" text NOT NULL, "TagSet" integer NOT NULL,
          "UpdatedAt" timestamp with time zone NOT NULL, "YearStart" integer NULL, "YearEnd" integer NULL, "{PostgresVector}" tsvector NOT NULL);
        ALTER TABLE "{PostgresRowTable}" ALTER COLUMN "{PostgresVector}" SET STORAGE MAIN;
        CREATE OR REPLACE FUNCTION knowledge_search_row_sync() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF TG_OP <> 'INSERT' THEN
            DELETE FROM "{PostgresRowTable}" WHERE "Id" = OLD."Id";
          END IF;
          IF TG_OP <> 'DELETE' AND NEW."Status" = {(int)Items.KnowledgeStatus.Published} THEN
            INSERT INTO "{PostgresTagSetTable}" ("Key", {TagColumns("")}) SELECT {PostgresTagSetKey("NEW.")}, {DistinctLists("NEW.")} ON CONFLICT DO NOTHING;
            INSERT INTO "{PostgresRowTable}" SELECT {RowColumns("NEW.")};
          END IF;
          RETURN NULL;
        END
        $f$;
        CREATE TRIGGER "KnowledgeItems_SearchRow_Sync"
          AFTER INSERT OR DELETE OR UPDATE OF "Id", "Status", "Kind", "Themes", "TargetGroups", "Provinces", "Municipalities",
            "UpdatedAt", "PeriodStart", "PeriodEnd", "SearchDocument" ON "KnowledgeItems"
          FOR EACH ROW EXECUTE FUNCTION knowledge_search_row_sync();
        INSERT INTO "{PostgresTagSetTable}" ("Key", {TagColumns("")})
          SELECT DISTINCT ON (1) {PostgresTagSetKey("k.")}, {DistinctLists("k.")} FROM "KnowledgeItems" k WHERE k."Status" = {(int)Items.KnowledgeStatus.Published};
        INSERT INTO "{PostgresRowTable}" SELECT {RowColumns("k.")} FROM "KnowledgeItems" k WHERE k."Status" = {(int)Items.KnowledgeStatus.Published};
        CREATE INDEX "IX_{PostgresRowTable}_{PostgresVector}" ON "{PostgresRowTable}" USING GIN ("{PostgresVector}");
        ANALYZE "{PostgresRowTable}";
        ANALYZE "{PostgresTagSetTable}";
        """;

    /// <summary>The search row of an item, in the table's column order; its tag set exists already.</summary>
    private static string RowColumns(string row) =>
        $"{row}\"Id\", {row}\"Kind\", (SELECT s.\"Id\" FROM \"{PostgresTagSetTable}\" s WHERE s.\"Key\" = {PostgresTagSetKey(row)})"
        + $", {row}\"UpdatedAt\", {PostgresYear($"{row}\"PeriodStart\"")}, {PostgresYear($"{row}\"PeriodEnd\"")}, to_tsvector('dutch', {row}\"SearchDocument\")";

    /// <summary>
    /// A set's key: the hash of the lists' text form (a unique index on the lists themselves would refuse an item
    /// naming hundreds of municipalities, as a btree entry is limited to about 2.7 kB).
    /// </summary>
    private static string PostgresTagSetKey(string row) => $"md5(ROW({DistinctLists(row)})::text)";

    private static string TagColumnDefinitions => string.Join(", ", TagFacets.Select(t => $"\"{t.Column}\" text[] NOT NULL"));

    private static string TagColumns(string prefix) => string.Join(", ", TagFacets.Select(t => $"{prefix}\"{t.Column}\""));

    private static string DistinctLists(string row) => string.Join(", ", TagFacets.Select(t => $"knowledge_search_distinct({row}\"{t.Column}\")"));

    /// <summary>
    /// The first four digits of a period as a year, or NULL when the period does not start with a year. (No braces in
    /// the pattern: ExecuteSqlRaw reads them as format placeholders.)
    /// </summary>
    private static string PostgresYear(string column) => $"CASE WHEN {column} ~ '^[0-9][0-9][0-9][0-9]' THEN substr({column}, 1, 4)::int END";

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
