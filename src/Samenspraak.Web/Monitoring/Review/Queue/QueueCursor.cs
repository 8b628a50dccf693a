using System.Globalization;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// Keyset position in the queue: the sort key and id of the last row shown. The next page continues strictly after
/// it, so deep pages cost the same as the first (no OFFSET). Written in the URL as "score~id" (severity) or
/// "ticks~id" (recency), both invariant.
/// </summary>
public readonly record struct QueueCursor(float Score, long Ticks, long Id)
{
    public string Format(MessageSort sort) => sort == MessageSort.Recency
        ? string.Concat(Ticks.ToString(CultureInfo.InvariantCulture), "~", Id.ToString(CultureInfo.InvariantCulture))
        : string.Concat(Score.ToString("R", CultureInfo.InvariantCulture), "~", Id.ToString(CultureInfo.InvariantCulture));

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

        return float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && float.IsFinite(score)
            ? new QueueCursor(score, 0, id)
            : null;
    }

    public static QueueCursor After(Message message) => new(message.MaxScore, message.ReceivedAt.UtcTicks, message.Id);
}
