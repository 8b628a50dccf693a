using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>Settings of the alert job (configuration section "Monitoring:Alerts").</summary>
public sealed class AlertJobOptions
{
    /// <summary>
    /// Longest time in seconds between runs; 0 turns the background job off. Stored analysis results and theme
    /// updates wake the job earlier (see <see cref="WakeupGapSeconds"/>); digests and webhook retries wait for a run.
    /// </summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>Seconds after start-up before the first run.</summary>
    public int StartDelaySeconds { get; set; } = 5;

    /// <summary>Least time in seconds between the end of a run and a run caused by a wake-up (the debounce).</summary>
    public int WakeupGapSeconds { get; set; } = 5;
}

/// <summary>
/// Per municipality with active rules: evaluate the rules, retry due webhooks, send due digests. Runs shortly after
/// start, when this process stored analysis results or updated themes (debounced), and at the latest every interval.
/// One municipality's failure is logged and does not stop the others.
/// </summary>
internal sealed partial class AlertJob(
    IServiceScopeFactory scopes,
    IOptions<AlertJobOptions> options,
    AnalysisStoredSignal analysisStored,
    ThemesUpdatedSignal themesUpdated,
    TimeProvider clock,
    ILogger<AlertJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.alerts", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.alerts"));
        var settings = options.Value;
        if (settings.IntervalSeconds <= 0)
        {
            return;
        }

        // Signal rules need analysed messages, theme and spike rules need the themes built from them: both wake it.
        var wakeup = new PipelineSignal();
        analysisStored.Subscribe(wakeup);
        themesUpdated.Subscribe(wakeup);
        var schedule = new PromptSchedule(wakeup, TimeSpan.FromSeconds(settings.IntervalSeconds), TimeSpan.FromSeconds(settings.WakeupGapSeconds));
        await schedule.FirstRunAsync(TimeSpan.FromSeconds(settings.StartDelaySeconds), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(scopes, clock.GetUtcNow(), log, stoppingToken);
            await schedule.NextRunAsync(stoppingToken);
        }
    }

    internal static async Task RunOnceAsync(IServiceScopeFactory scopes, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        // A failure here must be caught like the per-municipality ones: an exception escaping ExecuteAsync stops the
        // whole host (BackgroundServiceExceptionBehavior.StopHost), so a database hiccup would take the site down.
        List<Guid> municipalities;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            municipalities = await db.Set<AlertRule>().IgnoreTenantFilter().Where(r => r.Active).Select(r => r.MunicipalityId).Distinct().ToListAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(log, ex, Guid.Empty);
            return;
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
