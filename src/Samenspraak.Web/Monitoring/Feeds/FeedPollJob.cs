using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Hosted job: every <see cref="FeedOptions.Tick"/> it polls the active feed channels whose next poll is due. A
/// channel is claimed first by moving its <c>NextPollAt</c> forward with a conditional update, so when several
/// instances run the job, only one polls a channel; a crash during the poll leaves the claim, which simply expires.
/// </summary>
internal sealed class FeedPollJob(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollJob> logger)
    : BackgroundService
{
    /// <summary>How long a claim blocks other instances: longer than one poll can take.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private static readonly ChannelType[] PolledTypes = [ChannelType.RssFeed, ChannelType.MastodonAccount, ChannelType.MastodonHashtag];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "monitoring.feed-poll", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("monitoring.feed-poll"));
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(settings.Tick, clock);
        try
        {
            do
            {
                try
                {
                    await PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Feed polling round failed; next try at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Polls every channel that is due now; returns how many were polled.</summary>
    internal async Task<int> PollDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(Guid Id, DateTimeOffset? NextPollAt)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            due = (await db.Set<Channel>().IgnoreTenantFilter().AsNoTracking()
                    .Where(c => c.Active && PolledTypes.Contains(c.Type) && (c.NextPollAt == null || c.NextPollAt <= now))
                    .OrderBy(c => c.NextPollAt)
                    .Select(c => new { c.Id, c.NextPollAt })
                    .Take(50)
                    .ToListAsync(ct))
                .Select(c => (c.Id, c.NextPollAt)).ToList();
        }

        var polled = 0;
        foreach (var (id, next) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var claimedUntil = now + ClaimFor;
            var claimed = await db.Set<Channel>().IgnoreTenantFilter()
                .Where(c => c.Id == id && c.NextPollAt == next)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.NextPollAt, claimedUntil), ct);
            if (claimed == 0)
            {
                continue; // another instance (or the "Nu ophalen" button) got there first
            }

            await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(id, ct);
            polled++;
        }

        return polled;
    }
}
