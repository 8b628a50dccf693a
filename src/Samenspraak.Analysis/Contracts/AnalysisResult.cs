namespace Samenspraak.Analysis;

/// <summary>Score of one signal: calibrated probability, the flag at the signal's documented threshold, and its band.</summary>
public readonly record struct SignalScore(double Score, bool Flagged, Band Band);

/// <summary>
/// A span of the ORIGINAL input text that supports a signal. <paramref name="Reason"/> is a short Dutch
/// explanation ("ontmenselijkende vergelijking", "telefoonnummer", ...).
/// </summary>
public sealed record EvidenceSpan(Signal Signal, int Start, int Length, string Text, string Reason);

/// <summary>The best known claim (fact-check) that a message repeats, with its similarity in [0,1].</summary>
public sealed record ClaimMatch(string ClaimId, double Similarity, string Statement, string Verdict, string? Source, string? Url);

/// <summary>A known (debunked) claim given to the engine for claim matching, e.g. an imported fact-check.</summary>
public sealed record KnownClaim(string Id, string Statement, string Verdict, string? Source = null, string? Url = null, DateOnly? Date = null);

/// <summary>Per-call options. Explanations cost time; they are off by default on bulk paths.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();
    public static AnalysisOptions Explained { get; } = new() { Explain = true };

    /// <summary>When true, <see cref="AnalysisResult.Explanations"/> holds plain-Dutch sentences per signal.</summary>
    public bool Explain { get; init; }
}

/// <summary>The engine's verdict on one message.</summary>
public sealed class AnalysisResult
{
    /// <summary>"nl", "fr", "en" or "other" (also "other" for empty or undecidable text).</summary>
    public required string Language { get; init; }

    /// <summary>True when any of hate, threat, dehumanisation, doxxing, or a flagged harmful polarisation/disinformation holds.</summary>
    public required bool Harmful { get; init; }

    /// <summary>All seven signals, indexed by <c>(int)Signal</c>.</summary>
    public required SignalScore[] Signals { get; init; }

    public required IReadOnlyList<TargetGroup> Targets { get; init; }

    public required IReadOnlyList<EvidenceSpan> Evidence { get; init; }

    public ClaimMatch? ClaimMatch { get; init; }

    /// <summary>Model version, e.g. "samenspraak-2026.11.1".</summary>
    public required string Model { get; init; }

    /// <summary>Plain-Dutch explanation per signal (only when <see cref="AnalysisOptions.Explain"/> was set).</summary>
    public IReadOnlyDictionary<Signal, string>? Explanations { get; init; }

    public SignalScore this[Signal signal] => Signals[(int)signal];
}
