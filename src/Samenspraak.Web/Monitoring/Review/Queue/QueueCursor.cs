using System.Globalization;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// Keyset position in the queue: the sort key and id of the last row shown. The next page continues strictly after
/// it, so deep pages cost the same as the first (no OFFSET). Written in the URL as "severity~id" (severity, a whole
/// percentage) or "ticks~id" (recency), both invariant.
/// </summary>
public readonly record struct QueueCursor(int Severity, long Ticks, long Id)
{
    public string Format(MessageSort sort) => sort == MessageSort.Recency
        ? string.Concat(Ticks.ToString(CultureInfo.InvariantCulture), "~", Id.ToString(CultureInfo.InvariantCulture))
        : string.Concat(Severity.ToString(CultureInfo.InvariantCulture), "~", Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null for an absent or malformed cursor: the queue then simply starts at the top.</summary>
    public static QueueCursor? Parse(string? text, MessageSort sort)
    {
        var parts = text?.Split('~');
        if (parts is not { Length: 2 } || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        if (sort == MessageSort.Recency)
        {
            return long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new QueueCursor(0, ticks, id)
                : null;
        }

        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var severity) && severity <= MessageSeverity.Max
            ? new QueueCursor(severity, 0, id)
            : null;
    }

    public static QueueCursor After(Message message) => new(message.Severity, message.ReceivedAt.UtcTicks, message.Id);
}
