namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>Registers the feed poller (RSS/Atom and Mastodon channels); called from <see cref="MonitoringExtensions"/>.</summary>
public static class FeedsExtensions
{
    public static IServiceCollection AddMonitoringFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedOptions>(configuration.GetSection(FeedOptions.Section));
        services.AddSingleton<FeedHttp>();
        services.AddSingleton<MastodonAccountIds>();
        services.AddScoped<FeedPoller>();
        services.AddHostedService<FeedPollJob>();
        return services;
    }
}
