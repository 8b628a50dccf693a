using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>The two milestones every Plan Samenleven plan reports on, and the plan's own KPIs.</summary>
public enum KpiKind
{
    MilestoneAdopted,
    MilestoneExecuted,
    Custom,
}

/// <summary>
/// Section 8: a KPI. Custom KPIs are measured by hand (<see cref="Measurements"/>) or bound to an indicator of
/// another module (<see cref="IndicatorKey"/>, e.g. "monitoring.share.hate"); milestones are derived from the plan.
/// </summary>
public class Kpi : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public KpiKind Kind { get; set; }

    public string Name { get; set; } = "";

    public double? Baseline { get; set; }

    public double? Target { get; set; }

    public string Unit { get; set; } = "";

    public string Source { get; set; } = "";

    public string? IndicatorKey { get; set; }

    public List<KpiMeasurement> Measurements { get; set; } = [];
}

public class KpiMeasurement : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid KpiId { get; set; }

    public DateOnly On { get; set; }

    public double Value { get; set; }

    public string Note { get; set; } = "";
}
