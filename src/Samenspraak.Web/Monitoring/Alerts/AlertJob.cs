using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>Settings of the alert job (configuration section "Monitoring:Alerts").</summary>
public sealed class AlertJobOptions
{
    /// <summary>Seconds between runs; 0 turns the background job off.</summary>
    public int IntervalSeconds { get; set; } = 60;
}

/// <summary>
/// Per municipality with active rules: evaluate the rules, retry due webhooks, send due digests. One municipality's
/// failure is logged and does not stop the others.
/// </summary>
internal sealed partial class AlertJob(IServiceScopeFactory scopes, IOptions<AlertJobOptions> options, TimeProvider clock, ILogger<AlertJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalSeconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(scopes, clock.GetUtcNow(), log, stoppingToken);
        }
    }

    internal static async Task RunOnceAsync(IServiceScopeFactory scopes, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        List<Guid> municipalities;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            municipalities = await db.Set<AlertRule>().IgnoreTenantFilter().Where(r => r.Active).Select(r => r.MunicipalityId).Distinct().ToListAsync(ct);
        }
        foreach (var municipality in municipalities)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(municipality, now, ct);
                var delivery = scope.ServiceProvider.GetRequiredService<AlertDelivery>();
                await delivery.RetryWebhooksAsync(municipality, now, ct);
                await delivery.SendDigestsAsync(municipality, now, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(log, ex, municipality);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert evaluation failed for municipality {Municipality}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid municipality);
}
