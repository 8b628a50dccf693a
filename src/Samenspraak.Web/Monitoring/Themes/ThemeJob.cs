using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>Settings of the theme background job (configuration section "Monitoring:Themes").</summary>
public sealed class ThemeJobOptions
{
    /// <summary>
    /// Longest time in seconds between runs; 0 turns the background job off (tests call <see cref="ThemeUpdater"/>
    /// directly). Stored analysis results wake the job earlier (see <see cref="WakeupGapSeconds"/>).
    /// </summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>Seconds after start-up before the first run (database initialisation is done by then).</summary>
    public int StartDelaySeconds { get; set; } = 5;

    /// <summary>
    /// Least time in seconds between the end of a run and a run caused by new analysis results: a large ingest wakes
    /// the job per stored batch, and this keeps it from running per batch.
    /// </summary>
    public int WakeupGapSeconds { get; set; } = 5;
}

/// <summary>The theme job finished a run: theme and spike alert rules have fresh themes to look at.</summary>
public sealed class ThemesUpdatedSignal : JobWakeup;

/// <summary>
/// Updates the themes of every municipality shortly after start, whenever the analysis worker of this process
/// stored results (debounced), and at the latest every interval. A failure for one municipality is logged and does
/// not stop the others; the next run continues from the stored cursor, so nothing is lost or counted twice.
/// </summary>
internal sealed partial class ThemeJob(
    IServiceScopeFactory scopes,
    Microsoft.Extensions.Options.IOptions<ThemeJobOptions> options,
    AnalysisStoredSignal analysisStored,
    ThemesUpdatedSignal themesUpdated,
    ILogger<ThemeJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.themes", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.themes"));
        var settings = options.Value;
        if (settings.IntervalSeconds <= 0)
        {
            return;
        }

        var wakeup = new PipelineSignal();
        analysisStored.Subscribe(wakeup);
        var schedule = new PromptSchedule(wakeup, TimeSpan.FromSeconds(settings.IntervalSeconds), TimeSpan.FromSeconds(settings.WakeupGapSeconds));
        await schedule.FirstRunAsync(TimeSpan.FromSeconds(settings.StartDelaySeconds), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(scopes, log, stoppingToken);
            themesUpdated.Notify();
            await schedule.NextRunAsync(stoppingToken);
        }
    }

    internal static async Task RunOnceAsync(IServiceScopeFactory scopes, ILogger log, CancellationToken ct)
    {
        IReadOnlyList<Guid> municipalities;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            municipalities = await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().MunicipalitiesWithMessagesAsync(ct);
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
                await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(municipality, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(log, ex, municipality);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Theme update failed for municipality {Municipality}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid municipality);
}
