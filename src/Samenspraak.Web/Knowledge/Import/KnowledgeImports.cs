using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// The stored bulk imports: a dry run is kept as a <see cref="KnowledgeImport"/> (so it survives a restart), started
/// once by the curator who checked it, and listed for every curator. Checks that were never imported are removed after
/// <see cref="KeepChecked"/>, all others after <see cref="KeepFinished"/>.
/// </summary>
public sealed class KnowledgeImports(AppDbContext db, IAuditLog audit, KnowledgeImportSignal signal, TimeProvider clock)
{
    public static readonly TimeSpan KeepChecked = TimeSpan.FromDays(1);

    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(30);

    /// <summary>Stores a dry run for the curator who made it; its id is the plan's token from now on.</summary>
    public async Task<KnowledgeImport> KeepAsync(ImportPlan plan, KnowledgeActor curator, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(curator);
        var job = new KnowledgeImport
        {
            Id = Guid.NewGuid(), CuratorId = curator.UserId, CuratorName = curator.UserName, CuratorMunicipalityId = curator.MunicipalityId,
            FileName = plan.FileName.Length > 255 ? plan.FileName[..255] : plan.FileName, State = KnowledgeImportState.Checked,
            PlanJson = ImportPlanJson.Write(plan), TotalRows = plan.Count(RowAction.New) + plan.Count(RowAction.Update),
            Unchanged = plan.Count(RowAction.Unchanged), Invalid = plan.Count(RowAction.Skipped), CreatedAt = clock.GetUtcNow(),
        };
        db.Add(job);
        await db.SaveChangesAsync(ct);
        return job;
    }

    public Task<KnowledgeImport?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<KnowledgeImport>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);

    /// <summary>The plan of a stored import.</summary>
    public static ImportPlan PlanOf(KnowledgeImport job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return ImportPlanJson.Read(job.PlanJson, job.Id.ToString("N"));
    }

    /// <summary>
    /// Starts the import of a check: only its own curator, only while it is a fresh check with work, and only once —
    /// a conditional update, so two posts (or two app instances) cannot both start it.
    /// </summary>
    public async Task<bool> StartAsync(Guid id, Guid curatorId, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow() - KeepChecked;
        var started = await db.Set<KnowledgeImport>()
            .Where(j => j.Id == id && j.CuratorId == curatorId && j.State == KnowledgeImportState.Checked && j.TotalRows > 0 && j.CreatedAt > since)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, KnowledgeImportState.Queued), ct);
        if (started == 0) return false;
        var job = await FindAsync(id, ct);
        await audit.WriteAsync("knowledge.import-started", nameof(KnowledgeImport), id.ToString(), job?.FileName, ct: ct);
        signal.Wake();
        return true;
    }

    /// <summary>The newest imports (checks that were started or are still waiting), without their plans.</summary>
    public Task<List<KnowledgeImportSummary>> RecentAsync(int count, CancellationToken ct = default) =>
        db.Set<KnowledgeImport>().AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(count)
            .Select(j => new KnowledgeImportSummary(j.Id, j.FileName, j.State, j.TotalRows, j.ProcessedRows, j.Created, j.Updated, j.CreatedAt, j.FinishedAt))
            .ToListAsync(ct);

    /// <summary>Removes old imports: unstarted checks after <see cref="KeepChecked"/>, finished ones after <see cref="KeepFinished"/>.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var checkedBefore = now - KeepChecked;
        var finishedBefore = now - KeepFinished;
        return await db.Set<KnowledgeImport>()
            .Where(j => (j.State == KnowledgeImportState.Checked && j.CreatedAt < checkedBefore)
                || ((j.State == KnowledgeImportState.Done || j.State == KnowledgeImportState.Failed) && j.CreatedAt < finishedBefore))
            .ExecuteDeleteAsync(ct);
    }
}

/// <summary>A line of the list of recent imports.</summary>
public sealed record KnowledgeImportSummary(
    Guid Id, string FileName, KnowledgeImportState State, int TotalRows, int ProcessedRows, int Created, int Updated, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

/// <summary>Wakes the background worker when an import is started, so it does not wait for its next look.</summary>
public sealed class KnowledgeImportSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake-up is enough.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}
