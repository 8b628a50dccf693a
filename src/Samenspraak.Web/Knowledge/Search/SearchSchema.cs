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

        var exists = await ScalarAsync(db, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{SqliteTable}'", ct) > 0;
        if (exists)
        {
            return;
        }

        // unicode61 with remove_diacritics 2 folds accents again at the tokenizer, so text written before folding
        // (or a query typed with accents) still meets; the stemming is done in C# before the text reaches SQLite.
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE VIRTUAL TABLE {SqliteTable} USING fts5(ItemId UNINDEXED, Document, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER KnowledgeItems_Search_Insert AFTER INSERT ON KnowledgeItems BEGIN
              INSERT INTO {SqliteTable}(ItemId, Document) VALUES (new.Id, new.SearchDocument);
            END;
            CREATE TRIGGER KnowledgeItems_Search_Update AFTER UPDATE OF SearchDocument ON KnowledgeItems BEGIN
              DELETE FROM {SqliteTable} WHERE ItemId = old.Id;
              INSERT INTO {SqliteTable}(ItemId, Document) VALUES (new.Id, new.SearchDocument);
            END;
            CREATE TRIGGER KnowledgeItems_Search_Delete AFTER DELETE ON KnowledgeItems BEGIN
              DELETE FROM {SqliteTable} WHERE ItemId = old.Id;
            END;
            INSERT INTO {SqliteTable}(ItemId, Document) SELECT Id, SearchDocument FROM KnowledgeItems;
            """, ct);
    }

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
