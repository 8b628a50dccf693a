using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

public enum ActionStatus
{
    Gepland,
    Lopend,
    Afgerond,
    Geannuleerd,
}

/// <summary>Section 4: one action of the plan, with its owner, period, status and linked good practices.</summary>
public class PlanAction : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string OwnerName { get; set; } = "";

    /// <summary>Where overdue reminders go; optional.</summary>
    public string? OwnerEmail { get; set; }

    public string Partners { get; set; } = "";

    public string TargetGroup { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public ActionStatus Status { get; set; }

    public string ProgressNote { get; set; } = "";

    public DateOnly? CompletedOn { get; set; }

    /// <summary>Ids of linked Kennisbank practices, comma separated (the knowledge module owns them).</summary>
    public string PracticeIds { get; set; } = "";

    public DateOnly? LastReminderOn { get; set; }

    public bool IsOverdue(DateOnly today) => End < today && Status is ActionStatus.Gepland or ActionStatus.Lopend;

    public IReadOnlyList<Guid> LinkedPractices =>
        [.. PracticeIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty)];
}
