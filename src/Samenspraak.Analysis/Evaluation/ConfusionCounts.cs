namespace Samenspraak.Analysis.Evaluation;

/// <summary>
/// Confusion counts of one binary decision. Ratios whose denominator is zero are reported as 0, not NaN:
/// a signal that never fires has no precision to boast of, and NaN cannot travel through JSON.
/// </summary>
public readonly record struct ConfusionCounts(long TruePositives, long FalsePositives, long FalseNegatives, long TrueNegatives)
{
    public long Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Number of gold positives.</summary>
    public long Support => TruePositives + FalseNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall, computed from counts (2TP / (2TP + FP + FN)) to avoid rounding twice.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    public ConfusionCounts Add(bool gold, bool predicted) => (gold, predicted) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
    };

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0d : (double)numerator / denominator;
}
