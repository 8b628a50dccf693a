using Microsoft.Extensions.Options;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Privacy;

/// <summary>Settings of the daily retention purge (section <c>Monitoring:Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Monitoring:Retention";

    /// <summary>Run the purge in this process. Several instances may all run it: the update is idempotent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between purges.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Wait after start-up, so the purge does not compete with migrations and first-run seeding.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs <see cref="RetentionPurger"/> once a day. A failed run is logged and retried at the next interval.</summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.retention", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.retention"));
        var settings = options.Value;
        if (!settings.Enabled) return;
        try
        {
            await Task.Delay(settings.StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.Interval, clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var purged = await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync(stoppingToken);
                    logger.LogInformation("Retention purge emptied the text of {Count} messages", purged);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Retention purge failed; next try at the next interval");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
