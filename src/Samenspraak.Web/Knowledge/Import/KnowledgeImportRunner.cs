using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Localization;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Runs stored bulk imports in the background. A worker claims a job with a conditional update on its claim counter,
/// so with several app instances a job never runs twice; every batch records the progress in the batch's own
/// transaction (<see cref="BulkImporter.ApplyAsync"/>), so an import that was interrupted (app stopped or crashed)
/// continues after the last saved batch: a stopped app puts its job back in the queue, a crashed one leaves a
/// heartbeat that grows old (<see cref="StaleAfter"/>) and is then claimed again.
/// </summary>
public sealed class KnowledgeImportRunner(AppDbContext db, BulkImporter importer, TimeProvider clock, ILogger<KnowledgeImportRunner> logger)
{
    private static ResourceText T => ImportText.Text;

    /// <summary>A running job without a batch for this long is taken to be interrupted. A batch takes seconds.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Claims the oldest queued or interrupted import and runs it to the end; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var stale = clock.GetUtcNow() - StaleAfter;
        var candidates = await db.Set<KnowledgeImport>().AsNoTracking()
            .Where(j => j.State == KnowledgeImportState.Queued || (j.State == KnowledgeImportState.Running && j.HeartbeatAt < stale))
            .OrderBy(j => j.CreatedAt).Take(5).Select(j => new { j.Id, j.Claims }).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            if (await ClaimAsync(candidate.Id, candidate.Claims, ct))
            {
                await RunAsync(candidate.Id, candidate.Claims + 1, ct);
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes the job if nobody claimed it since <paramref name="seenClaims"/> was read.</summary>
    public async Task<bool> ClaimAsync(Guid id, int seenClaims, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        return await db.Set<KnowledgeImport>()
            .Where(j => j.Id == id && j.Claims == seenClaims
                && (j.State == KnowledgeImportState.Queued || (j.State == KnowledgeImportState.Running && j.HeartbeatAt < stale)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, KnowledgeImportState.Running)
                .SetProperty(j => j.Claims, seenClaims + 1)
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now), ct) == 1;
    }

    private async Task RunAsync(Guid id, int claim, CancellationToken ct)
    {
        var job = await db.Set<KnowledgeImport>().AsNoTracking().FirstAsync(j => j.Id == id, ct);
        var actor = new KnowledgeActor(job.CuratorId, job.CuratorName, job.CuratorMunicipalityId);
        // The curator who queued the import is the user of this work: the entity audit of every save, the tenant
        // filter and the save guard see them (the explicit entries get the actor too). The scope ends with this method.
        using var acting = ActingUserScope.Begin(ActingUser.Person(actor.UserId, actor.UserName, actor.MunicipalityId));
        try
        {
            var plan = KnowledgeImports.PlanOf(job);
            var from = new ImportCheckpoint(job.ProcessedRows, job.Created, job.Updated, ImportPlanJson.ReadProblems(job.SkippedJson));
            if (from.Processed > 0) logger.LogInformation("Knowledge import {Id} resumes after row {Processed} of {Total}", id, from.Processed, job.TotalRows);
            var outcome = await importer.ApplyAsync(plan, actor, from, (done, token) => RecordAsync(id, claim, done, token), ct);
            await db.Set<KnowledgeImport>().Where(j => j.Id == id && j.Claims == claim).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, KnowledgeImportState.Done)
                .SetProperty(j => j.ProcessedRows, j => j.TotalRows)
                .SetProperty(j => j.Created, outcome.Created)
                .SetProperty(j => j.Updated, outcome.Updated)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
            await SearchSchema.RefreshStatisticsAsync(db, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app is stopping: the saved batches stay and the next start (or another instance) continues from there.
            await db.Set<KnowledgeImport>().Where(j => j.Id == id && j.Claims == claim && j.State == KnowledgeImportState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, KnowledgeImportState.Queued), CancellationToken.None);
            throw;
        }
        catch (LostClaimException)
        {
            logger.LogWarning("Knowledge import {Id} was taken over by another worker; this one stops", id);
        }
        catch (Exception ex)
        {
            // Not a row's problem (those are reported per row): the rows saved so far stay, the rest is not imported.
            logger.LogError(ex, "Knowledge import {Id} failed", id);
            db.ChangeTracker.Clear();
            var processed = await db.Set<KnowledgeImport>().Where(j => j.Id == id).Select(j => j.ProcessedRows).FirstAsync(CancellationToken.None);
            var message = T.Format("Job.Failed", processed, job.TotalRows);
            await db.Set<KnowledgeImport>().Where(j => j.Id == id && j.Claims == claim).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, KnowledgeImportState.Failed)
                .SetProperty(j => j.Error, message)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
    }

    /// <summary>Inside a batch's transaction: the progress commits with the rows, or not at all.</summary>
    private async Task RecordAsync(Guid id, int claim, ImportCheckpoint done, CancellationToken ct)
    {
        var skipped = ImportPlanJson.WriteProblems(done.Skipped);
        var now = clock.GetUtcNow();
        var recorded = await db.Set<KnowledgeImport>().Where(j => j.Id == id && j.Claims == claim).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.ProcessedRows, done.Processed)
            .SetProperty(j => j.Created, done.Created)
            .SetProperty(j => j.Updated, done.Updated)
            .SetProperty(j => j.SkippedJson, skipped)
            .SetProperty(j => j.HeartbeatAt, now), ct);
        // Another worker claimed the job (this one was too slow and looked interrupted): roll this batch back.
        if (recorded == 0) throw new LostClaimException();
    }

    private sealed class LostClaimException : Exception;
}

/// <summary>Runs the queued bulk imports one at a time, woken by <see cref="KnowledgeImportSignal"/> or every <see cref="Poll"/>; purges old imports hourly.</summary>
public sealed class KnowledgeImportWorker(IServiceScopeFactory scopes, KnowledgeImportSignal signal, TimeProvider clock, ILogger<KnowledgeImportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "knowledge.imports" (see ActingUser.System); a step done for a person begins a nested scope.
        using var system = ActingUserScope.Begin(ActingUser.System("knowledge.imports"));
        var purgedAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<KnowledgeImportRunner>();
                while (await runner.RunNextAsync(stoppingToken))
                {
                    // One import after the other on this instance; other instances claim their own.
                }

                if (clock.GetUtcNow() - purgedAt > TimeSpan.FromHours(1))
                {
                    await scope.ServiceProvider.GetRequiredService<KnowledgeImports>().PurgeAsync(stoppingToken);
                    purgedAt = clock.GetUtcNow();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable (or not migrated yet at start-up); the next round tries again.
                logger.LogWarning(ex, "Knowledge imports could not be run this round.");
            }

            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
