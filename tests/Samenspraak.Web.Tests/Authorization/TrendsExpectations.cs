using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;
using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// Rows of themes, alerts, dashboard and indicators (see <see cref="EndpointExpectations"/>). Themes and alerts show
/// message text: staff only. The dashboard and the indicators are aggregates: staff and mandatarissen.
/// </summary>
public static class TrendsExpectations
{
    /// <summary>Staff plus the Official (mandataris) role: who may read aggregates.</summary>
    public static AccessRule DashboardReaders { get; } = new(TrendsPolicies.Dashboard,
        new HashSet<Principal> { Principal.Staff, Principal.Moderator, Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin, Principal.Official });

    private static string HomeTheme(TestWorld w) => w.Resource("trends.home-theme");

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        new("GET", "/themas", Staff, _ => "/themas"),
        new("GET", "/themas/{Id:long}", Staff, w => $"/themas/{HomeTheme(w)}", HomeResource: true),
        new("GET", "/api/v1/themes", Staff, _ => "/api/v1/themes"),
        new("GET", "/api/v1/themes/{id:long}", Staff, w => $"/api/v1/themes/{HomeTheme(w)}", HomeResource: true),
        new("GET", "/meldingen", Staff, _ => "/meldingen"),
        new("GET", "/meldingen/regels/{Id:guid}", Staff, w => $"/meldingen/regels/{w.Resource("trends.home-alert-rule")}", HomeResource: true),
        new("GET", "/api/v1/alerts", Staff, _ => "/api/v1/alerts"),
        new("GET", "/api/v1/alert-rules", Staff, _ => "/api/v1/alert-rules"),
        new("GET", "/dashboard", DashboardReaders, _ => "/dashboard"),
        new("GET", "/dashboard/export.csv", DashboardReaders, _ => "/dashboard/export.csv"),
        new("GET", "/dashboard/export.xlsx", DashboardReaders, _ => "/dashboard/export.xlsx"),
        new("GET", "/api/v1/monitoring/indicators", DashboardReaders, _ => "/api/v1/monitoring/indicators"),
        new("GET", "/api/v1/monitoring/indicators/{key}", DashboardReaders, _ => "/api/v1/monitoring/indicators/monitoring.share.hate"),
    ];
}
