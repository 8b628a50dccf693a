using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Platform.Themes;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>
/// One theme of the dated top-themes snapshot in section 1 (<see cref="ActionPlan.ThemeSnapshotAt"/>). Copied from
/// Monitoring when the snapshot is taken, so the plan keeps quoting the figures it was written on even when the
/// themes move on (or messages are purged) later. Aggregates only, never message text.
/// </summary>
public class PlanThemeRow : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public int Rank { get; set; }

    public string Label { get; set; } = "";

    public int MessageCount { get; set; }

    public int RecentCount { get; set; }

    public int HarmfulCount { get; set; }

    public ThemeTrend Trend { get; set; }
}
