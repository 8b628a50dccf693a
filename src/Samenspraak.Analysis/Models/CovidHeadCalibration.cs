using System.Globalization;

namespace Samenspraak.Analysis.Models;

/// <summary>
/// Platt scaling of the covid head's own logit, fitted on out-of-fold logits of the covid train tweets with balanced
/// class weights, with a threshold chosen by cross-validation on that train split (never on a dev split). The shared
/// disinformation calibrator is fitted mostly on the project corpus, where the covid logit carries little weight, so
/// on tweets the head barely moved the flag; this second route lets a confident covid head raise the signal.
/// </summary>
internal sealed record CovidHeadCalibration(float Bias, float Slope, double Threshold)
{
    public const string Key = "covid-head";

    /// <summary>The calibration used when an artifact set has no covid line: the route never fires.</summary>
    public static CovidHeadCalibration Off { get; } = new(0f, 0f, 2.0);

    public double Probability(float logit) => 1.0 / (1.0 + Math.Exp(-(Bias + Slope * logit)));

    /// <summary>
    /// Lifts the disinformation probability when the covid route fires: its probability is rescaled so that it crosses
    /// the signal's threshold exactly when it crosses its own (monotone, so bands stay ordered).
    /// </summary>
    public double Combine(double signalProbability, double signalThreshold, float covidLogit)
    {
        var p = Probability(covidLogit);
        if (p < Threshold)
        {
            return signalProbability;
        }
        var lifted = signalThreshold + (1 - signalThreshold) * (p - Threshold) / Math.Max(1e-9, 1 - Threshold);
        return Math.Max(signalProbability, lifted);
    }

    public string Line() => Key + " " + Threshold.ToString("R", CultureInfo.InvariantCulture) + " "
        + Bias.ToString("R", CultureInfo.InvariantCulture) + " " + Slope.ToString("R", CultureInfo.InvariantCulture);

    public static CovidHeadCalibration Parse(string[] parts) => new(
        float.Parse(parts[2], CultureInfo.InvariantCulture), float.Parse(parts[3], CultureInfo.InvariantCulture),
        double.Parse(parts[1], CultureInfo.InvariantCulture));
}
