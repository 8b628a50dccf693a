using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Privacy;

namespace Samenspraak.Web.Monitoring;

/// <summary>Registers the Monitoring module's services and endpoints (called from Program.cs).</summary>
public static class MonitoringExtensions
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<MessageQuery>();

        // Ingestion and pipeline.
        services.Configure<PipelineOptions>(builder.Configuration.GetSection(PipelineOptions.Section));
        services.AddSingleton<Pseudonymizer>();
        services.AddSingleton<PipelineSignal>();
        services.AddSingleton<AnalyzerProvider>();
        services.AddScoped<MessageBulkWriter>();
        services.AddScoped<MessageIngestor>();
        services.AddScoped<AnalysisQueue>();
        services.AddHostedService<AnalysisWorker>();
        return builder;
    }

    public static WebApplication MapMonitoring(this WebApplication app) => app;
}
