namespace Samenspraak.Analysis.Evaluation;

/// <summary>
/// Per-signal figures (always seven, in <see cref="Signals.All"/> order) and macro averages. Macro averages are taken
/// over the evaluated signals only: a signal without labels says nothing about quality, it must not drag the mean to 0.
/// </summary>
public sealed record EvaluationReport(IReadOnlyList<SignalMetrics> Signals, long Items)
{
    public SignalMetrics this[Signal signal] => Signals[(int)signal];

    public IEnumerable<SignalMetrics> Evaluated => Signals.Where(s => s.Evaluated);

    public double MacroPrecision => Mean(s => s.Precision);
    public double MacroRecall => Mean(s => s.Recall);
    public double MacroF1 => Mean(s => s.F1);
    public double MacroExpectedCalibrationError => Mean(s => s.ExpectedCalibrationError);

    private double Mean(Func<SignalMetrics, double> selector)
    {
        var evaluated = Evaluated.ToList();
        return evaluated.Count == 0 ? 0d : evaluated.Average(selector);
    }
}
