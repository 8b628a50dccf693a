using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Community.Support;

public enum SupportUrgency
{
    Low = 0,
    Normal = 1,
    High = 2,
}

public enum SupportMode
{
    OnSite = 0,
    Online = 1,
    Either = 2,
}

/// <summary>The workflow of a support request: the platform team triages and assigns, support is given, followed up, closed.</summary>
public enum SupportStatus
{
    Submitted = 0,
    Triaged = 1,
    Assigned = 2,
    InProgress = 3,
    FollowUp = 4,
    Closed = 5,
    Declined = 6,
}

/// <summary>
/// A municipality's request for individual support (on site or online). Municipality-internal: isolated by the
/// tenant filter; the platform team sees all of them explicitly, and an assigned expert sees the ones assigned to them.
/// </summary>
public sealed class SupportRequest : IMunicipalityOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MunicipalityId { get; set; }

    public string Question { get; set; } = "";

    public string Context { get; set; } = "";

    public SupportUrgency Urgency { get; set; }

    public SupportMode Mode { get; set; }

    public string PreferredDates { get; set; } = "";

    public Guid RequestedById { get; set; }

    public string RequestedByName { get; set; } = "";

    public SupportStatus Status { get; set; }

    public string? TriageNote { get; set; }

    public Guid? AssignedExpertId { get; set; }

    public string? AssignedExpertName { get; set; }

    /// <summary>An organisation or expert of the social map (knowledge item id) and its name at assignment.</summary>
    public Guid? AssignedOrganisationId { get; set; }

    public string? AssignedOrganisationName { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Closing evaluation by the municipality: 1 (poor) to 5 (excellent) and a comment.</summary>
    public int? EvaluationScore { get; set; }

    public string? EvaluationComment { get; set; }

    public bool IsOpen => Status is not (SupportStatus.Closed or SupportStatus.Declined);
}

/// <summary>
/// One message in a support request's conversation. Not municipality-owned itself because the assigned expert (of
/// another municipality) writes in it too; it is only ever read or written through its request's access check.
/// </summary>
public sealed class SupportMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SupportRequestId { get; set; }

    public Guid AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>A status change made with the message (shown in the thread), or null.</summary>
    public SupportStatus? NewStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
