using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// The number of stored messages per channel, kept by database triggers on <c>Messages</c> in the same transaction as
/// every insert and delete (ADR 008), so Kanalen and the channel page read a few rows per channel instead of counting
/// up to a million messages per request.
/// <para>
/// Table <c>ChannelMessageCounts</c> (ChannelId, Slot, MunicipalityId, Messages); a channel's count is the sum of its
/// rows. SQLite has one writer, so its row triggers keep one row per channel (slot 0). PostgreSQL's statement triggers
/// add one row per channel per writing transaction (slot = the transaction id), so two instances inserting into the
/// same channel never wait for each other's counter row; <see cref="CompactAsync"/> folds those rows into slot 0 when
/// a reader finds many.
/// </para>
/// <para>
/// Created and backfilled at start-up by <see cref="EnsureAsync"/> (through <see cref="ChannelCountsSeeder"/>), not in
/// a migration: EF cannot describe the triggers, migrations are regenerated when branches merge, and an EF table
/// rebuild of <c>Messages</c> on SQLite drops its triggers. Whenever a trigger is missing, the table is recounted from
/// the messages in the same transaction that makes the triggers.
/// </para>
/// </summary>
public sealed class ChannelMessageCounts(AppDbContext db, ILogger<ChannelMessageCounts> logger)
{
    public const string Table = "ChannelMessageCounts";

    /// <summary>PostgreSQL: above this many rows for one channel the reader folds them (a few per batch otherwise pile up).</summary>
    public const int CompactAbove = 32;

    private const string InsertTrigger = "Messages_ChannelCount_Added";
    private const string DeleteTrigger = "Messages_ChannelCount_Removed";
    private const string PostgresInsertFunction = "channel_message_counts_added";
    private const string PostgresDeleteFunction = "channel_message_counts_removed";

    /// <summary>The messages of each channel of the municipality (channels without messages are absent).</summary>
    public async Task<Dictionary<Guid, long>> ForMunicipalityAsync(Guid municipalityId, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<CountRow>($"""
            SELECT "ChannelId", CAST(SUM("Messages") AS BIGINT) AS "Messages", COUNT(*) AS "Rows"
            FROM "ChannelMessageCounts" WHERE "MunicipalityId" = {municipalityId} GROUP BY "ChannelId"
            """).ToListAsync(ct);
        await CompactIfNeededAsync(municipalityId, rows, ct);
        return rows.ToDictionary(r => r.ChannelId, r => r.Messages);
    }

    /// <summary>The messages of one channel of the municipality (0 when it has none or is another municipality's).</summary>
    public async Task<long> ForChannelAsync(Guid municipalityId, Guid channelId, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<CountRow>($"""
            SELECT "ChannelId", CAST(SUM("Messages") AS BIGINT) AS "Messages", COUNT(*) AS "Rows"
            FROM "ChannelMessageCounts" WHERE "MunicipalityId" = {municipalityId} AND "ChannelId" = {channelId} GROUP BY "ChannelId"
            """).ToListAsync(ct);
        await CompactIfNeededAsync(municipalityId, rows, ct);
        return rows.Count == 0 ? 0 : rows[0].Messages;
    }

    private async Task CompactIfNeededAsync(Guid municipalityId, List<CountRow> rows, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || !rows.Any(r => r.Rows > CompactAbove))
        {
            return;
        }

        try
        {
            await CompactAsync(municipalityId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The count was read; folding is housekeeping that the next reader retries.
            logger.LogWarning(ex, "Folding the channel message counts of municipality {MunicipalityId} failed", municipalityId);
        }
    }

    /// <summary>
    /// PostgreSQL: replaces the committed per-transaction rows of the municipality's channels by their sum in slot 0,
    /// in one statement (the rows it deletes are exactly the rows it adds up; rows of transactions still running are
    /// invisible to it and stay). One folder per municipality at a time; a second one skips instead of waiting.
    /// </summary>
    public async Task CompactAsync(Guid municipalityId, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = "samenspraak.channel-counts." + municipalityId.ToString();
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({key}, 0)) AS \"Value\"").SingleAsync(ct);
            if (locked)
            {
                await db.Database.ExecuteSqlAsync($"""
                    WITH folded AS (
                      DELETE FROM "ChannelMessageCounts" WHERE "MunicipalityId" = {municipalityId} AND "Slot" <> 0
                      RETURNING "ChannelId", "MunicipalityId", "Messages")
                    INSERT INTO "ChannelMessageCounts" AS c ("ChannelId", "Slot", "MunicipalityId", "Messages")
                    SELECT "ChannelId", 0, "MunicipalityId", SUM("Messages") FROM folded GROUP BY "ChannelId", "MunicipalityId"
                    ON CONFLICT ("ChannelId", "Slot") DO UPDATE SET "Messages" = c."Messages" + EXCLUDED."Messages"
                    """, ct);
            }

            await transaction.CommitAsync(ct);
        });
    }

    /// <summary>
    /// Makes the table and triggers when one is missing and then counts every channel's messages again, in one
    /// transaction that keeps writers of messages out (SQLite: the write lock; PostgreSQL: a table lock that still lets
    /// readers in), so no insert or delete falls between the recount and the first trigger. Cheap when all exist.
    /// </summary>
    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        if (await PresentAsync(db, postgres, ct))
        {
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (postgres)
            {
                // Two instances starting together: the second waits here and then recounts the same result.
                await db.Database.ExecuteSqlRawAsync(
                    "SELECT pg_advisory_xact_lock(hashtextextended('samenspraak.channel-counts.schema', 0)); " +
                    "LOCK TABLE \"Messages\" IN SHARE ROW EXCLUSIVE MODE", ct);
            }

            await db.Database.ExecuteSqlRawAsync(postgres ? PostgresScript : SqliteScript, ct);
            await transaction.CommitAsync(ct);
        });
    }

    private static async Task<bool> PresentAsync(AppDbContext db, bool postgres, CancellationToken ct)
    {
        var found = postgres
            ? await db.Database.SqlQueryRaw<long>(
                $"SELECT (SELECT count(*) FROM pg_class WHERE relname = '{Table}' AND relnamespace = current_schema()::regnamespace) " +
                $"+ (SELECT count(*) FROM pg_trigger WHERE tgname IN ('{InsertTrigger}', '{DeleteTrigger}') AND tgrelid = '\"Messages\"'::regclass) AS \"Value\"")
                .SingleAsync(ct)
            : await db.Database.SqlQueryRaw<long>(
                $"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE (type = 'table' AND name = '{Table}') " +
                $"OR (type = 'trigger' AND tbl_name = 'Messages' AND name IN ('{InsertTrigger}', '{DeleteTrigger}'))")
                .SingleAsync(ct);
        return found == 3;
    }

    /// <summary>
    /// SQLite: row triggers on one row per channel. Rows that ON CONFLICT DO NOTHING skips are not inserted, so they
    /// fire nothing. A delete only decrements: when a channel is deleted its count row goes by the cascade, and the
    /// cascade's message deletes then find nothing to update.
    /// </summary>
    private static string SqliteScript => $"""
        CREATE TABLE IF NOT EXISTS "{Table}" (
          "ChannelId" TEXT NOT NULL REFERENCES "Channels" ("Id") ON DELETE CASCADE,
          "Slot" INTEGER NOT NULL,
          "MunicipalityId" TEXT NOT NULL,
          "Messages" INTEGER NOT NULL,
          PRIMARY KEY ("ChannelId", "Slot"));
        CREATE INDEX IF NOT EXISTS "IX_{Table}_MunicipalityId" ON "{Table}" ("MunicipalityId");
        DROP TRIGGER IF EXISTS "{InsertTrigger}";
        DROP TRIGGER IF EXISTS "{DeleteTrigger}";
        DELETE FROM "{Table}";
        INSERT INTO "{Table}" ("ChannelId", "Slot", "MunicipalityId", "Messages")
          SELECT "ChannelId", 0, "MunicipalityId", COUNT(*) FROM "Messages" GROUP BY "ChannelId", "MunicipalityId";
        CREATE TRIGGER "{InsertTrigger}" AFTER INSERT ON "Messages" BEGIN
          INSERT INTO "{Table}" ("ChannelId", "Slot", "MunicipalityId", "Messages") VALUES (NEW."ChannelId", 0, NEW."MunicipalityId", 1)
            ON CONFLICT ("ChannelId", "Slot") DO UPDATE SET "Messages" = "Messages" + 1;
        END;
        CREATE TRIGGER "{DeleteTrigger}" AFTER DELETE ON "Messages" BEGIN
          UPDATE "{Table}" SET "Messages" = "Messages" - 1 WHERE "ChannelId" = OLD."ChannelId" AND "Slot" = 0;
        END;
        """;

    /// <summary>
    /// PostgreSQL: statement triggers with transition tables, one upsert per statement and channel (not per row); the
    /// transition table of INSERT ... ON CONFLICT DO NOTHING holds only the rows really inserted. Each transaction
    /// writes its own row (slot = txid_current(), unique for the life of the cluster), so concurrent writers never lock
    /// the same counter row. A delete writes nothing for a channel that is itself being deleted: its count rows go by
    /// the cascade, and a new row for it would break the foreign key.
    /// </summary>
    private static string PostgresScript => $"""
        CREATE TABLE IF NOT EXISTS "{Table}" (
          "ChannelId" uuid NOT NULL REFERENCES "Channels" ("Id") ON DELETE CASCADE,
          "Slot" bigint NOT NULL,
          "MunicipalityId" uuid NOT NULL,
          "Messages" bigint NOT NULL,
          PRIMARY KEY ("ChannelId", "Slot"));
        CREATE INDEX IF NOT EXISTS "IX_{Table}_MunicipalityId" ON "{Table}" ("MunicipalityId");
        CREATE OR REPLACE FUNCTION {PostgresInsertFunction}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO "{Table}" AS c ("ChannelId", "Slot", "MunicipalityId", "Messages")
            SELECT a."ChannelId", txid_current(), a."MunicipalityId", COUNT(*) FROM added a GROUP BY a."ChannelId", a."MunicipalityId"
            ON CONFLICT ("ChannelId", "Slot") DO UPDATE SET "Messages" = c."Messages" + EXCLUDED."Messages";
          RETURN NULL;
        END
        $f$;
        CREATE OR REPLACE FUNCTION {PostgresDeleteFunction}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO "{Table}" AS c ("ChannelId", "Slot", "MunicipalityId", "Messages")
            SELECT r."ChannelId", txid_current(), r."MunicipalityId", -COUNT(*) FROM removed r
            WHERE EXISTS (SELECT 1 FROM "Channels" ch WHERE ch."Id" = r."ChannelId")
            GROUP BY r."ChannelId", r."MunicipalityId"
            ON CONFLICT ("ChannelId", "Slot") DO UPDATE SET "Messages" = c."Messages" + EXCLUDED."Messages";
          RETURN NULL;
        END
        $f$;
        DROP TRIGGER IF EXISTS "{InsertTrigger}" ON "Messages";
        DROP TRIGGER IF EXISTS "{DeleteTrigger}" ON "Messages";
        DELETE FROM "{Table}";
        INSERT INTO "{Table}" ("ChannelId", "Slot", "MunicipalityId", "Messages")
          SELECT "ChannelId", 0, "MunicipalityId", COUNT(*) FROM "Messages" GROUP BY "ChannelId", "MunicipalityId";
        CREATE TRIGGER "{InsertTrigger}" AFTER INSERT ON "Messages" REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION {PostgresInsertFunction}();
        CREATE TRIGGER "{DeleteTrigger}" AFTER DELETE ON "Messages" REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION {PostgresDeleteFunction}();
        ANALYZE "{Table}";
        """;

    private sealed record CountRow(Guid ChannelId, long Messages, long Rows);
}
