using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Actions;

/// <summary>
/// One reviewer decision for one or more messages. <see cref="Labels"/> is used by <see cref="ReviewAction.Herlabelen"/>
/// (and optionally by Bevestigen); <see cref="AssigneeId"/> and <see cref="Note"/> by <see cref="ReviewAction.Opvolgen"/>.
/// </summary>
public sealed record ReviewCommand(
    IReadOnlyCollection<long> MessageIds,
    ReviewAction Action,
    SignalFlags? Labels = null,
    Guid? AssigneeId = null,
    string? Note = null)
{
    public const int MaxNoteLength = 2000;

    /// <summary>Bulk actions are bounded so one request cannot lock the table for long.</summary>
    public const int MaxMessages = 200;
}

/// <summary>The result: how many messages changed, or a Dutch error (nothing changed then).</summary>
public sealed record ReviewOutcome(int Changed, string? Error)
{
    public bool Succeeded => Error is null;
}
