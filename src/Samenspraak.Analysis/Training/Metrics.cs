namespace Samenspraak.Analysis.Training;

/// <summary>Precision, recall and F1 at a threshold, and the threshold with the best F1.</summary>
internal static class Metrics
{
    public static (double Precision, double Recall, double F1) At(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var p = scores[i] >= threshold;
            if (p && labels[i]) tp++;
            else if (p) fp++;
            else if (labels[i]) fn++;
        }
        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Best-F1 threshold on a grid within [0.2, 0.8]; ties go to the threshold closest to 0.5.</summary>
    public static double BestThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var best = 0.5;
        var bestF1 = -1.0;
        for (var t = 0.20; t <= 0.80001; t += 0.02)
        {
            var f1 = At(scores, labels, t).F1;
            if (f1 > bestF1 + 1e-9 || (Math.Abs(f1 - bestF1) <= 1e-9 && Math.Abs(t - 0.5) < Math.Abs(best - 0.5)))
            {
                bestF1 = f1;
                best = Math.Round(t, 2);
            }
        }
        return best;
    }
}
