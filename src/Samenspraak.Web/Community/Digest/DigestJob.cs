using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Community.Digest;

/// <summary>
/// Runs <see cref="DigestSender"/> periodically (Community:DigestIntervalMinutes, default 15). Safe on several
/// instances at once because the sender claims each recipient. Community:DigestEnabled=false switches it off.
/// </summary>
internal sealed class DigestJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DigestJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "community.digest", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("community.digest"));
        if (!configuration.GetValue("Community:DigestEnabled", true))
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Community:DigestIntervalMinutes", 15)));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(clock.GetUtcNow(), stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} community digest(s).", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup must not stop the job for good; the next tick tries again.
                logger.LogError(ex, "The community digest run failed.");
            }
        }
    }
}
