using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Monitoring.Api;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Demo;
using Samenspraak.Web.Monitoring.Feeds;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Ingestion.Upload;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Privacy;
using Samenspraak.Web.Monitoring.Resources;
using Samenspraak.Web.Monitoring.Start;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Monitoring;

/// <summary>Registers the Monitoring module's services and endpoints (called from Program.cs).</summary>
public static class MonitoringExtensions
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<MessageQuery>();
        MonitoringPolicies.Add(services);
        services.AddNavItem(new NavItem(NavGroup.Signal, 40, "/kanalen", Policies.Staff, typeof(MonitoringText), "Nav.Channels"));
        services.AddStartPanel<MonitoringStartPanel>();

        // Ingestion and pipeline.
        services.Configure<PipelineOptions>(builder.Configuration.GetSection(PipelineOptions.Section));
        services.AddSingleton<Pseudonymizer>();
        services.AddSingleton<PipelineSignal>();
        services.AddSingleton<AnalysisStoredSignal>();
        services.AddSingleton<AnalyzerProvider>();
        services.AddScoped<MessageBulkWriter>();
        services.AddScoped<MessageIngestor>();
        services.AddScoped<AnalysisQueue>();
        services.AddHostedService<AnalysisWorker>();

        // Durable work items (imports) and their handlers.
        services.AddSingleton<WorkSignal>();
        services.AddScoped<WorkQueue>();
        services.AddSingleton<ImportStorage>();
        services.AddScoped<IWorkHandler, ImportRunner>();
        services.AddHostedService<WorkItemWorker>();
        services.AddScoped<IModuleSeeder, MonitoringDemoSeeder>();

        // Kanalen: per-channel message counts kept by triggers (ADR 008), made and backfilled at start-up.
        services.AddScoped<ChannelMessageCounts>();
        services.AddScoped<IModuleSeeder, ChannelCountsSeeder>();

        // RSS/Atom and Mastodon channels: polled by a hosted job.
        services.AddMonitoringFeeds(builder.Configuration);

        // Privacy: the daily retention purge.
        services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        services.AddScoped<RetentionPurger>();
        services.AddHostedService<RetentionJob>();
        return builder;
    }

    public static WebApplication MapMonitoring(this WebApplication app)
    {
        app.MapPushApi();
        app.MapMessagesApi();
        app.MapAuthorDataApi();
        return app;
    }
}
