using Samenspraak.Analysis;

namespace Samenspraak.Web.Monitoring.Messages;

public enum MessageSort
{
    /// <summary>Highest <see cref="Message.Severity"/> (the percentage shown) first, then newest.</summary>
    Severity = 0,

    /// <summary>Newest received first.</summary>
    Recency = 1,
}

/// <summary>Filters shared by the review queue, the read API and other modules. Every field is optional.</summary>
public sealed record MessageFilter
{
    /// <summary>Only messages the engine flagged for this signal.</summary>
    public Signal? Signal { get; init; }

    /// <summary>Only messages whose <see cref="Message.MaxBand"/> is at least this band.</summary>
    public Band? MinBand { get; init; }

    public Guid? ChannelId { get; init; }

    /// <summary>Published at or after (UTC).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Published before (UTC).</summary>
    public DateTimeOffset? To { get; init; }

    public ReviewStatus? Status { get; init; }

    public TargetGroup? TargetGroup { get; init; }

    public bool? Harmful { get; init; }

    public string? AuthorPseudonym { get; init; }

    /// <summary>Only analysed messages (the default): pending ones have no scores yet.</summary>
    public bool AnalysedOnly { get; init; } = true;

    public MessageSort Sort { get; init; } = MessageSort.Severity;
}
