using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring;

/// <summary>Registers the Monitoring module's services and endpoints (called from Program.cs).</summary>
public static class MonitoringExtensions
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MessageQuery>();
        return builder;
    }

    public static WebApplication MapMonitoring(this WebApplication app) => app;
}
