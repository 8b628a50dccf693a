using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Dashboard;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Themes;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Monitoring;

/// <summary>Registers themes, trends, alerts, dashboard and indicators of Monitoring (called from Program.cs).</summary>
public static class TrendsExtensions
{
    public static WebApplicationBuilder AddMonitoringTrends(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder()
            .AddPolicy(TrendsPolicies.Dashboard, p => p.RequireRole(TrendsPolicies.DashboardRoles));
        services.AddScoped<ThemeUpdater>();
        services.AddScoped<ThemeReader>();
        services.AddScoped<IThemeSnapshotSource, ThemeSnapshotSource>();
        services.AddScoped<MonitoringIndicatorSource>();
        services.AddScoped<IIndicatorSource>(sp => sp.GetRequiredService<MonitoringIndicatorSource>());
        services.Configure<ThemeJobOptions>(builder.Configuration.GetSection("Monitoring:Themes"));
        services.AddSingleton<ThemesUpdatedSignal>();
        services.AddHostedService<ThemeJob>();
        services.AddScoped<DashboardReader>();
        services.AddNavItem(new NavItem(NavGroup.Signal, 30, "/dashboard", TrendsPolicies.Dashboard, typeof(TrendsText), "Nav.Dashboard"));
        services.AddScoped<AlertEvaluator>();
        services.AddScoped<AlertDelivery>();
        services.AddHttpClient(AlertDelivery.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.Configure<AlertJobOptions>(builder.Configuration.GetSection("Monitoring:Alerts"));
        services.AddHostedService<AlertJob>();
        services.AddNavItem(new NavItem(NavGroup.Signal, 40, "/meldingen", Policies.Staff, typeof(TrendsText), "Nav.Alerts"));
        services.AddNavItem(new NavItem(NavGroup.Signal, 20, "/themas", Policies.Staff, typeof(TrendsText), "Nav.Themes"));
        return builder;
    }

    public static WebApplication MapMonitoringTrends(this WebApplication app)
    {
        app.MapThemesApi();
        app.MapIndicatorsApi();
        app.MapAlertsApi();
        app.MapDashboardExport();
        return app;
    }
}
