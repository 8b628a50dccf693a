using Microsoft.Extensions.Options;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// The hosted analysis worker: claims batches of pending messages, analyses them in parallel and stores the
/// results under its lease. At start it puts messages of an older model version back in the queue. Any number of
/// instances can run on one PostgreSQL database; see <see cref="AnalysisQueue"/> for why nothing is done twice.
/// </summary>
internal sealed class AnalysisWorker(
    IServiceScopeFactory scopes,
    AnalyzerProvider analyzers,
    PipelineSignal signal,
    AnalysisStoredSignal analysisStored,
    IOptions<PipelineOptions> options,
    ILogger<AnalysisWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.analysis", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.analysis"));
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // Let the host finish starting (and the database initialisation finish) before the first claim.
        await Task.Yield();
        var requeued = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!requeued)
                {
                    await RequeueOutdatedAsync(stoppingToken);
                    requeued = true;
                }

                var processed = await RunOnceAsync(settings, stoppingToken);
                if (processed == 0)
                {
                    await signal.WaitAsync(settings.IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A database hiccup must not stop the pipeline; the leases make a retry safe.
                logger.LogError(ex, "Analysis round failed; retrying shortly");
                await Task.Delay(settings.IdlePoll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims, analyses and stores one batch; returns the number of messages claimed.</summary>
    internal async Task<int> RunOnceAsync(PipelineOptions settings, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<AnalysisQueue>();
        var analyzer = await analyzers.GetAsync(scope.ServiceProvider, ct);
        var lease = Guid.NewGuid();
        var batch = await queue.ClaimAsync(lease, settings.BatchSize, settings.Lease, settings.MaxAttempts, ct);
        if (batch.Count == 0)
        {
            await queue.ParkExhaustedAsync(settings.MaxAttempts, ct);
            return 0;
        }

        var results = new (long Id, MessageAnalysis Analysis)[batch.Count];
        var ok = new bool[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = ct }, i =>
        {
            try
            {
                results[i] = (batch[i].Id, MessageAnalysis.From(analyzer.Analyze(batch[i].Text)));
                ok[i] = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Left pending: the next claim retries it, and after MaxAttempts it is parked.
                logger.LogWarning(ex, "Analysis of message {MessageId} failed", batch[i].Id);
            }
        });
        var stored = await queue.CompleteAsync(lease, results.Where((_, i) => ok[i]).ToList(), ct);
        if (stored > 0)
        {
            // Themes and alert rules look at the new results soon instead of at their next interval.
            analysisStored.Notify();
        }

        // Per batch, at Debug: which process stored how much (the two-instance test adds these up per instance).
        logger.LogDebug("Analysis batch stored {Stored} of {Claimed} claimed messages", stored, batch.Count);
        if (stored < batch.Count)
        {
            logger.LogInformation("Stored {Stored} of {Claimed} analysed messages (the rest failed or lost their lease)", stored, batch.Count);
        }

        return batch.Count;
    }

    private async Task RequeueOutdatedAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<AnalysisQueue>();
        var count = await queue.RequeueOutdatedAsync(AnalyzerProvider.ModelVersion, ct);
        if (count > 0)
        {
            logger.LogInformation("Model version {Version}: {Count} messages queued for re-analysis", AnalyzerProvider.ModelVersion, count);
        }
    }
}
