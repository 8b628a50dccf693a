using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>Section 9: a periodic progress report.</summary>
public class ProgressReport : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public DateOnly On { get; set; }

    public string Text { get; set; } = "";

    public string AuthorName { get; set; } = "";
}

/// <summary>A remark of an editor on one section (<see cref="PlanSection"/>).</summary>
public class PlanComment : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public PlanSection Section { get; set; }

    public string Text { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// A readable text snapshot of the whole plan after a change, so the history can show a line diff between any two
/// versions without keeping copies of every row.
/// </summary>
public class PlanVersion : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset At { get; set; }

    public string AuthorName { get; set; } = "";

    public string Change { get; set; } = "";

    public string Snapshot { get; set; } = "";
}

/// <summary>The nine sections of a plan, in the order of the Plan Samenleven template.</summary>
public enum PlanSection
{
    Context = 1,
    Gaps = 2,
    Goals = 3,
    Actions = 4,
    Partners = 5,
    Timeline = 6,
    Budget = 7,
    Kpis = 8,
    FollowUp = 9,
}
