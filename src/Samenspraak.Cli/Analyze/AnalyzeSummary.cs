using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>What a pipeline run did. <see cref="StoppedAt"/> is set when --on-error fail ended the run early.</summary>
internal sealed record AnalyzeSummary(long Analysed, long Skipped, InputProblem? StoppedAt, bool StoppedByEngineFailure, TimeSpan Elapsed)
{
    public double MessagesPerSecond => Elapsed.TotalSeconds > 0 ? Analysed / Elapsed.TotalSeconds : 0;
}
