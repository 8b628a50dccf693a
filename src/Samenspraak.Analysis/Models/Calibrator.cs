using Samenspraak.Analysis.Rules;

namespace Samenspraak.Analysis.Models;

/// <summary>
/// Per-signal calibration: a logistic model over the signal's out-of-fold n-gram logit, the covid head's logit and
/// the rule features, fitted on held-out folds. It is Platt scaling extended with the rule evidence, so the output
/// is a calibrated probability that already weighs what the rules found.
/// </summary>
internal sealed class Calibrator(float[] weights, double threshold)
{
    public const int Inputs = 2 + RuleFeatures.Count;

    /// <summary>Bias first, then one weight per input.</summary>
    public float[] Weights { get; } = weights.Length == Inputs + 1 ? weights : throw new ArgumentException("Calibrator size mismatch.");

    public double Threshold { get; } = threshold;

    public static void BuildInputs(float signalLogit, float covidLogit, ReadOnlySpan<float> rules, Span<float> x)
    {
        x[0] = signalLogit;
        x[1] = covidLogit;
        rules.CopyTo(x[2..]);
    }

    public double Probability(ReadOnlySpan<float> x)
    {
        double z = Weights[0];
        for (var i = 0; i < Inputs; i++)
        {
            z += Weights[i + 1] * x[i];
        }
        return 1.0 / (1.0 + Math.Exp(-z));
    }
}
