using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// Authorization policies of themes, alerts and dashboard. Themes and alerts show message text and evidence, so
/// they are for staff (the platform's Staff policy). The dashboard shows aggregates only: staff and a municipality's
/// mandatarissen (Official) may read it.
/// </summary>
public static class TrendsPolicies
{
    public const string Dashboard = "MonitoringDashboard";

    internal static readonly string[] DashboardRoles = [Roles.Staff, Roles.Moderator, Roles.MunicipalityAdmin, Roles.Official];
}
