using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Detail;

/// <summary>One signal of the message as the detail page explains it.</summary>
public sealed record SignalExplanation(
    Signal Signal, float Score, Band Band, bool EngineFlag, bool Flagged, float? CalibratedThreshold,
    IReadOnlyList<string> Reasons, string? EngineExplanation);

/// <summary>A neighbour in the thread or an earlier message of the same author: a masked snippet only.</summary>
public sealed record RelatedMessage(long Id, DateTimeOffset PublishedAt, Band MaxBand, SignalFlags Flags, ReviewStatus Status, string Snippet);

public sealed record AuthorHistory(int Total, IReadOnlyDictionary<Signal, int> FlaggedPerSignal, int Confirmed, int Rejected, IReadOnlyList<RelatedMessage> Recent);

public sealed record DecisionLine(DateTimeOffset At, string UserName, ReviewAction Action, ReviewStatus NewStatus, SignalFlags NewLabels, string? AssigneeName, string? Note);

/// <summary>Everything the detail page shows about one message.</summary>
public sealed record MessageDetail(
    Message Message,
    string ChannelName,
    IReadOnlyList<TextSegment> Segments,
    IReadOnlyList<SignalExplanation> Signals,
    IReadOnlyList<RelatedMessage> ThreadAbove,
    IReadOnlyList<RelatedMessage> Replies,
    AuthorHistory? Author,
    IReadOnlyList<DecisionLine> Decisions,
    string? AssigneeName,
    ClaimMatch? Claim);
