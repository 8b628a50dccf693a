using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>Kinds of <see cref="WorkItem"/> that the module's handlers process.</summary>
public static class WorkKinds
{
    public const string Import = "monitoring.import";
}

/// <summary>
/// Enqueues and claims <see cref="WorkItem"/>s (ADR 004). Claiming happens in one statement per provider: on
/// PostgreSQL with FOR UPDATE SKIP LOCKED, on SQLite under its single writer; an expired lease makes an item
/// claimable again, so handlers must be idempotent.
/// </summary>
public sealed class WorkQueue(AppDbContext db, TimeProvider clock)
{
    public const int MaxAttempts = 5;

    /// <summary>Adds an item; with a <paramref name="uniqueKey"/> that already exists nothing is added.</summary>
    public async Task EnqueueAsync(string kind, string? payload, Guid? municipalityId, string? uniqueKey = null, DateTimeOffset? availableAt = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (uniqueKey is not null && await db.Set<WorkItem>().AnyAsync(w => w.UniqueKey == uniqueKey, ct))
        {
            return;
        }

        db.Add(new WorkItem
        {
            Kind = kind, Payload = payload, MunicipalityId = municipalityId, UniqueKey = uniqueKey,
            CreatedAt = now, AvailableAt = availableAt ?? now, State = WorkItemState.Queued,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (uniqueKey is not null)
        {
            // Another instance enqueued the same occurrence first.
        }
    }

    /// <summary>Claims one due item, or null.</summary>
    public async Task<WorkItem?> ClaimAsync(TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leaseId = Guid.NewGuid();
        var until = now + lease;
        // The claim itself is one atomic UPDATE; the candidate is re-checked inside it, so two instances that pick
        // the same candidate cannot both win (the loser updates zero rows).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var candidate = await db.Set<WorkItem>().AsNoTracking()
                .Where(w => w.State == WorkItemState.Queued && w.AvailableAt <= now && (w.LeasedUntil == null || w.LeasedUntil < now))
                .OrderBy(w => w.AvailableAt).ThenBy(w => w.Id).Select(w => (long?)w.Id).FirstOrDefaultAsync(ct);
            if (candidate is null)
            {
                return null;
            }

            var won = await db.Set<WorkItem>()
                .Where(w => w.Id == candidate && w.State == WorkItemState.Queued && (w.LeasedUntil == null || w.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.LeaseId, leaseId).SetProperty(w => w.LeasedUntil, until)
                    .SetProperty(w => w.Attempts, w => w.Attempts + 1), ct);
            if (won == 1)
            {
                return await db.Set<WorkItem>().AsNoTracking().FirstAsync(w => w.Id == candidate, ct);
            }
        }

        return null;
    }

    public Task FinishAsync(WorkItem item, CancellationToken ct) =>
        db.Set<WorkItem>().Where(w => w.Id == item.Id && w.LeaseId == item.LeaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WorkItemState.Done).SetProperty(w => w.FinishedAt, clock.GetUtcNow())
                .SetProperty(w => w.LeaseId, (Guid?)null).SetProperty(w => w.LeasedUntil, (DateTimeOffset?)null), ct);

    /// <summary>Retries later with backoff, or parks the item after <see cref="MaxAttempts"/>.</summary>
    public Task FailAsync(WorkItem item, string error, CancellationToken ct)
    {
        var park = item.Attempts >= MaxAttempts;
        var retryAt = clock.GetUtcNow().AddSeconds(Math.Pow(2, item.Attempts) * 5);
        var message = error.Length > 2000 ? error[..2000] : error;
        return db.Set<WorkItem>().Where(w => w.Id == item.Id && w.LeaseId == item.LeaseId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, park ? WorkItemState.Parked : WorkItemState.Queued)
                .SetProperty(w => w.AvailableAt, retryAt).SetProperty(w => w.LastError, message)
                .SetProperty(w => w.LeaseId, (Guid?)null).SetProperty(w => w.LeasedUntil, (DateTimeOffset?)null), ct);
    }
}

/// <summary>Processes work items of one <see cref="Kind"/>. Must be idempotent: an item can run again after a crash.</summary>
public interface IWorkHandler
{
    string Kind { get; }

    Task HandleAsync(WorkItem item, CancellationToken ct);
}
