using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>Hosted worker that claims <see cref="WorkItem"/>s and hands them to the <see cref="IWorkHandler"/> of their kind.</summary>
internal sealed class WorkItemWorker(IServiceScopeFactory scopes, WorkSignal signal, ILogger<WorkItemWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.work-queue" (see ActingUser.System); a step done for a person begins a nested scope.
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.work-queue"));
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOnceAsync(stoppingToken))
                {
                    await signal.WaitAsync(Idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Work queue round failed; retrying shortly");
                await Task.Delay(Idle, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();
        var item = await queue.ClaimAsync(Lease, ct);
        if (item is null)
        {
            return false;
        }

        var handler = scope.ServiceProvider.GetServices<IWorkHandler>().FirstOrDefault(h => h.Kind == item.Kind);
        if (handler is null)
        {
            await queue.FailAsync(item, $"No handler for kind '{item.Kind}'", ct);
            return true;
        }

        try
        {
            await handler.HandleAsync(item, ct);
            await queue.FinishAsync(item, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Work item {Id} ({Kind}) failed", item.Id, item.Kind);
            await queue.FailAsync(item, ex.GetType().Name + ": " + ex.Message, ct);
        }

        return true;
    }
}

/// <summary>Wakes this process's work-item worker when work was enqueued here.</summary>
public sealed class WorkSignal
{
    private readonly PipelineSignal _inner = new();

    public void Notify() => _inner.Notify();

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _inner.WaitAsync(timeout, ct);
}
