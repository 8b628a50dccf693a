using Samenspraak.Analysis.Evaluation;

namespace Samenspraak.Cli.Evaluate;

/// <summary>Everything `evaluate` reports: the metrics, the per-case accuracies and what was read.</summary>
internal sealed record EvaluationOutcome(
    EvaluationReport Report,
    IReadOnlyList<CaseAccuracy> Cases,
    string Source,
    IReadOnlyList<string> Files,
    string? Split,
    long Skipped,
    string Model);
