using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>The life of a plan: drafted, adopted by a body on a date, carried out, finished.</summary>
public enum PlanStatus
{
    Concept,
    Vastgesteld,
    InUitvoering,
    Afgerond,
}

/// <summary>
/// A local action plan (Plan Samenleven, action 2). Owned by one municipality; when <see cref="PartnershipId"/> is
/// set it is the plan of a regional partnership, drawn up by the owning municipality and readable by the users of
/// every member municipality (see <see cref="PlanAccess"/>). The free-text sections are columns; actions, partners,
/// budget lines, KPIs, reports, comments and versions are rows of their own.
/// </summary>
public class ActionPlan : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid? PartnershipId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>First and last year, aligned with the multi-year plan (meerjarenplan).</summary>
    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public PlanStatus Status { get; set; }

    /// <summary>Which body adopted the plan (gemeenteraad, college van burgemeester en schepenen).</summary>
    public string? AdoptedBy { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    /// <summary>Who recorded the vaststelling in Samenspraak (the Gemeentebeheerder), next to the body that took it.</summary>
    public string? AdoptionRecordedBy { get; set; }

    /// <summary>When the top-themes snapshot of section 1 was taken; null when there is none (see <see cref="ThemeSnapshot"/>).</summary>
    public DateTimeOffset? ThemeSnapshotAt { get; set; }

    public string? OwnerName { get; set; }

    /// <summary>Section 1: context and signal analysis.</summary>
    public string Context { get; set; } = "";

    /// <summary>Section 2: gaps (witte vlekken) in current policy.</summary>
    public string Gaps { get; set; } = "";

    /// <summary>Section 3: SMART goals.</summary>
    public string Goals { get; set; } = "";

    /// <summary>Theme slugs of the shared taxonomy the goals are linked to, comma separated.</summary>
    public string Themes { get; set; } = "";

    /// <summary>Section 9: monitoring, evaluation and follow-up.</summary>
    public string FollowUp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlanAction> Actions { get; set; } = [];

    public List<PlanPartner> Partners { get; set; } = [];

    public List<BudgetLine> BudgetLines { get; set; } = [];

    public List<Kpi> Kpis { get; set; } = [];

    public List<ProgressReport> Reports { get; set; } = [];

    public List<PlanComment> Comments { get; set; } = [];

    public List<PlanVersion> Versions { get; set; } = [];

    public List<PlanMember> Members { get; set; } = [];

    public List<PlanThemeRow> ThemeSnapshot { get; set; } = [];

    public DateOnly PeriodStart => new(StartYear, 1, 1);

    public DateOnly PeriodEnd => new(EndYear, 12, 31);
}
