namespace Samenspraak.Analysis.Evaluation;

/// <summary>Quality figures of one signal. <see cref="Evaluated"/> is false when the labelled data had no column for it.</summary>
public sealed record SignalMetrics(
    Signal Signal,
    bool Evaluated,
    ConfusionCounts Counts,
    double ExpectedCalibrationError,
    IReadOnlyList<CalibrationBin> CalibrationBins)
{
    public double Precision => Counts.Precision;
    public double Recall => Counts.Recall;
    public double F1 => Counts.F1;
    public double Accuracy => Counts.Accuracy;
    public long Support => Counts.Support;
}
