namespace Samenspraak.Analysis.Themes;

/// <summary>
/// The facts about one analysed message that the campaign, harassment and exposing detectors need. The author is
/// the municipality's pseudonym of the account, never a raw handle.
/// </summary>
/// <param name="Toxic">True when hate, toxicity, threat or dehumanisation was flagged.</param>
/// <param name="Doxxing">True when the exposing (doxxing) signal was flagged.</param>
public sealed record TrendMessage(long Id, string Author, DateTimeOffset At, string Text, bool Toxic = false, bool Doxxing = false)
{
    /// <summary>True when the engine's result flags one of the signals that make a message aimed at hurting.</summary>
    public static bool IsToxic(AnalysisResult result) =>
        result[Signal.Hate].Flagged || result[Signal.Toxicity].Flagged || result[Signal.Threat].Flagged || result[Signal.Dehumanisation].Flagged;

    public static TrendMessage From(long id, string author, DateTimeOffset at, string text, AnalysisResult result) =>
        new(id, author, at, text, IsToxic(result), result[Signal.Doxxing].Flagged);
}
