using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// One request for a page of the queue: the shared filters, an optional keyset cursor, the page size and optionally a
/// theme (only messages the theme job assigned to that theme of the current municipality).
/// </summary>
public sealed record QueueRequest(MessageFilter Filter, QueueCursor? After, int PageSize = QueueRequest.DefaultPageSize, long? ThemeId = null)
{
    public const int DefaultPageSize = 50;
}

/// <summary>One row of the queue as shown: never the full text, only a masked snippet.</summary>
public sealed record QueueRow(
    long Id,
    Guid ChannelId,
    DateTimeOffset PublishedAt,
    ReviewStatus Status,
    Samenspraak.Analysis.Band MaxBand,
    float MaxScore,
    SignalFlags Flags,
    SignalFlags? Labels,
    TargetGroupFlags TargetGroups,
    string Snippet,
    bool Purged,
    Guid? AssignedUserId);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, QueueCursor? Next);
