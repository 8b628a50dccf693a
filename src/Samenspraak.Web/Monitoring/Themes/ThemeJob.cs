namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>Settings of the theme background job (configuration section "Monitoring:Themes").</summary>
public sealed class ThemeJobOptions
{
    /// <summary>Seconds between runs; 0 turns the background job off (tests call <see cref="ThemeUpdater"/> directly).</summary>
    public int IntervalSeconds { get; set; } = 60;
}

/// <summary>
/// Periodically updates the themes of every municipality. A failure for one municipality is logged and does not
/// stop the others; the next run continues from the stored cursor, so nothing is lost or counted twice.
/// </summary>
internal sealed partial class ThemeJob(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<ThemeJobOptions> options, ILogger<ThemeJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.IntervalSeconds;
        if (interval <= 0)
        {
            return;
        }
        // The first run waits one interval: start-up (migrations, first-run seeding) goes first.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(scopes, log, stoppingToken);
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
