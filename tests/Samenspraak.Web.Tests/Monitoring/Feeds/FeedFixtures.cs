using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Feeds;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Feeds;

/// <summary>Feed tests poll a server on 127.0.0.1, so they allow private addresses; the job ticks every second.</summary>
public sealed class SqliteFeedFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => FeedSettings.Apply(settings);
}

public sealed class PostgresFeedFixture : PostgresAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => FeedSettings.Apply(settings);
}

internal static class FeedSettings
{
    public static void Apply(Dictionary<string, string?> settings)
    {
        settings["Monitoring:Feeds:AllowPrivateAddresses"] = "true";
        settings["Monitoring:Feeds:Tick"] = "00:00:01";
        settings["Monitoring:Feeds:MaxResponseBytes"] = "1048576";
    }
}

/// <summary>Feed channels and polls for tests, through the application's own services.</summary>
public static class FeedTestData
{
    /// <summary>A feed channel that the job leaves alone (next poll tomorrow) unless <paramref name="due"/>.</summary>
    public static async Task<Channel> ChannelAsync(IServiceProvider services, Guid municipalityId, ChannelType type, string feedUrl,
        string? account = null, bool storeRawHandles = false, bool due = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var channel = new Channel
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = "Feed " + Guid.NewGuid().ToString("N")[..6], Type = type,
            FeedUrl = feedUrl, AccountOrHashtag = account, PollIntervalMinutes = 10, StoreRawHandles = storeRawHandles,
            NextPollAt = due ? now.AddMinutes(-1) : now.AddDays(1), CreatedAt = now, UpdatedAt = now,
        };
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    public static async Task<FeedPollResult> PollAsync(IServiceProvider services, Guid channelId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(channelId);
    }

    public static async Task<Channel> ReloadAsync(IServiceProvider services, Guid channelId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Channel>().IgnoreTenantFilter().AsNoTracking().SingleAsync(c => c.Id == channelId);
    }
}
