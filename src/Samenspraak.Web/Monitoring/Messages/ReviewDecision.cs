using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>What a reviewer did with a message. Stored as numbers: only append.</summary>
public enum ReviewAction
{
    Bevestigen = 0,
    Afwijzen = 1,
    Herlabelen = 2,
    Opvolgen = 3,

    /// <summary>Back to <see cref="ReviewStatus.Nieuw"/>.</summary>
    Heropenen = 4,
}

/// <summary>
/// One human decision on a message: the history behind its review status, the source of the per-municipality
/// threshold calibration and of the labelled-data export. Never updated or deleted by the application (except
/// with the message itself).
/// </summary>
public class ReviewDecision : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public long MessageId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset At { get; set; }

    public ReviewAction Action { get; set; }

    public ReviewStatus OldStatus { get; set; }

    public ReviewStatus NewStatus { get; set; }

    /// <summary>The labels before the decision (the reviewer's earlier labels, else the engine's flags).</summary>
    public SignalFlags OldLabels { get; set; }

    public SignalFlags NewLabels { get; set; }

    /// <summary>Colleague assigned by an <see cref="ReviewAction.Opvolgen"/> decision.</summary>
    public Guid? AssignedUserId { get; set; }

    public string? Note { get; set; }
}
