namespace Samenspraak.Analysis.Evaluation;

/// <summary>
/// Accuracy on the items of one functional case type ("counter_speech", "threat_direct", ...):
/// how often the hate decision was right, and how often every labelled signal was right at once.
/// </summary>
public sealed record CaseAccuracy(string Case, long Count, long HateLabelled, long HateCorrect, long AllCorrect)
{
    /// <summary>Share of hate decisions that match the label; 0 when no item of the case has a hate label.</summary>
    public double HateAccuracy => HateLabelled == 0 ? 0d : (double)HateCorrect / HateLabelled;

    public double AllSignalsAccuracy => Count == 0 ? 0d : (double)AllCorrect / Count;
}
