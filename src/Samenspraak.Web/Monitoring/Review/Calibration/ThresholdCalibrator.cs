namespace Samenspraak.Web.Monitoring.Review.Calibration;

/// <summary>One reviewed message for one signal: the engine's score and the reviewer's label.</summary>
public readonly record struct LabelledScore(float Score, bool Positive);

/// <summary>Precision, recall and F1 of one decision rule on the reviewed messages.</summary>
public readonly record struct RuleQuality(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    // A zero denominator counts as 0, as in the engine's evaluation (docs/cli.md).
    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>The proposal for one signal; <see cref="Threshold"/> is null when the sample is too small.</summary>
public sealed record ThresholdProposal(int Reviewed, int Positives, float? Threshold, RuleQuality? AtThreshold);

/// <summary>
/// Chooses a per-signal score threshold from reviewer decisions: among all thresholds that change the outcome (the
/// distinct scores of the reviewed messages), the one with the highest F1 of "score ≥ threshold" against the
/// reviewer's label. Ties go to the HIGHER threshold (fewer flags for the same quality). Nothing is proposed with
/// fewer than <see cref="MinimumReviewed"/> reviewed messages or fewer than <see cref="MinimumPerClass"/> positives
/// and negatives, because a threshold fitted to a handful of decisions would follow chance, not the municipality.
/// </summary>
public static class ThresholdCalibrator
{
    public const int MinimumReviewed = 30;

    public const int MinimumPerClass = 5;

    public static ThresholdProposal Propose(IReadOnlyCollection<LabelledScore> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var positives = sample.Count(s => s.Positive);
        var negatives = sample.Count - positives;
        if (sample.Count < MinimumReviewed || positives < MinimumPerClass || negatives < MinimumPerClass)
        {
            return new ThresholdProposal(sample.Count, positives, null, null);
        }

        // Walk the scores from high to low: lowering the threshold to a score s flags every message with score ≥ s,
        // so the confusion counts change incrementally and the whole search is O(n log n).
        var ordered = sample.OrderByDescending(s => s.Score).ToArray();
        int tp = 0, fp = 0;
        RuleQuality? best = null;
        float bestThreshold = 0;
        for (var i = 0; i < ordered.Length;)
        {
            var score = ordered[i].Score;
            for (; i < ordered.Length && ordered[i].Score == score; i++)
            {
                if (ordered[i].Positive) tp++;
                else fp++;
            }

            var quality = new RuleQuality(tp, fp, positives - tp, negatives - fp);
            // Strictly greater: at equal F1 the earlier (higher) threshold stays.
            if (best is null || quality.F1 > best.Value.F1)
            {
                best = quality;
                bestThreshold = score;
            }
        }

        return new ThresholdProposal(sample.Count, positives, bestThreshold, best);
    }

    /// <summary>The quality of an arbitrary rule (e.g. the engine's own flags) on the same sample.</summary>
    public static RuleQuality Measure(IEnumerable<(bool Predicted, bool Positive)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (predicted, positive) in outcomes)
        {
            switch (predicted, positive)
            {
                case (true, true): tp++; break;
                case (true, false): fp++; break;
                case (false, true): fn++; break;
                default: tn++; break;
            }
        }

        return new RuleQuality(tp, fp, fn, tn);
    }
}
