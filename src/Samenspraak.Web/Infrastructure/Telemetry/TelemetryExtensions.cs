using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Samenspraak.Web.Infrastructure.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Structured logging is the console logger: <c>Logging:Console:FormatterName=json</c> switches it to one JSON
    /// object per line. OpenTelemetry (traces, metrics, logs over OTLP) is on only when
    /// <c>OpenTelemetry:Endpoint</c> is set, so a default install sends nothing anywhere.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OpenTelemetry:Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        var uri = new Uri(endpoint);
        var serviceName = builder.Configuration["OpenTelemetry:ServiceName"] ?? "samenspraak";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = uri))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = uri))
            .WithLogging(l => l.AddOtlpExporter(o => o.Endpoint = uri));
        return builder;
    }
}
