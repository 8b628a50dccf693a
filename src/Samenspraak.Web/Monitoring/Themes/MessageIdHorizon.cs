using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// The highest message id below which no message of a municipality can still appear, so the theme job's id cursor
/// never passes a message that a slower transaction commits later (ADR 006).
/// <para>
/// PostgreSQL hands out ids from a sequence when a row is inserted, but transactions commit in any order: ingest A
/// takes ids 100..199, ingest B takes 200..299 and commits first, a reader sees 200..299 and not yet A's rows. So
/// every transaction that inserts messages holds a shared advisory lock per municipality from before its INSERT
/// until it ends (<see cref="LockForInsertAsync"/>); the theme job takes the same lock exclusively for one
/// statement and reads the largest committed id (<see cref="ReadAsync"/>). When the exclusive lock is granted, every
/// insert of that municipality that drew ids earlier has committed or rolled back, and every later insert draws ids
/// above everything drawn so far, so all the municipality's ids up to the horizon are final.
/// </para>
/// <para>
/// SQLite needs no horizon: it has one writer, which draws the ids (AUTOINCREMENT, always above every id ever used)
/// and commits inside the same write transaction, so a reader sees the ids in commit order without gaps that fill
/// later.
/// </para>
/// </summary>
internal static class MessageIdHorizon
{
    /// <summary>The horizon on SQLite: no limit.</summary>
    public const long Unlimited = long.MaxValue;

    // Keys in the 64-bit advisory key space, hashed from a name like the theme job's per-municipality lock. Both
    // application instances on one database compute the same key.
    private static string KeyName(Guid municipalityId) => "samenspraak.message-ids." + municipalityId.ToString();

    /// <summary>
    /// Takes the shared lock of each municipality in <paramref name="municipalityIds"/> for the rest of the
    /// transaction; call it before the INSERT that draws the ids. Shared holders never wait for each other, only
    /// (briefly) for the theme job's one-statement exclusive hold. Taken in a fixed order, so two ingest transactions
    /// waiting behind two theme jobs cannot form a cycle.
    /// </summary>
    public static async Task LockForInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> municipalityIds, CancellationToken ct)
    {
        foreach (var municipalityId in municipalityIds.Distinct().Order())
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock_shared(hashtextextended(@key, 0))", connection, transaction);
            command.Parameters.AddWithValue("key", KeyName(municipalityId));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// The id up to which the municipality's messages are final (PostgreSQL), or <see cref="Unlimited"/> (SQLite).
    /// Runs in a short transaction of its own that ends before the theme batch starts, so ingest waits at most for
    /// one index lookup, never for a batch.
    /// </summary>
    public static Task<long> ReadAsync(AppDbContext db, Guid municipalityId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return Task.FromResult(Unlimited);
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({KeyName(municipalityId)}, 0))", ct);
            // A new statement, so its snapshot (READ COMMITTED) is taken after the lock was granted. The largest id
            // of ANY municipality will do and is one step down the primary key: the municipality's inserts that
            // start after this transaction draw ids above every id drawn before it, this one included.
            var newest = await db.Set<Message>().IgnoreTenantFilter().MaxAsync(m => (long?)m.Id, ct) ?? 0;
            await transaction.CommitAsync(ct);
            return newest;
        });
    }
}
