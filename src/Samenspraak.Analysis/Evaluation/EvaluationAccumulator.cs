namespace Samenspraak.Analysis.Evaluation;

/// <summary>
/// Collects (gold, score, predicted) triples per signal and builds an <see cref="EvaluationReport"/>.
/// Pure maths, no I/O. Not thread-safe: callers that analyse in parallel add the results from one thread.
/// </summary>
public sealed class EvaluationAccumulator
{
    private readonly ConfusionCounts[] _counts = new ConfusionCounts[Signals.Count];
    private readonly CalibrationAccumulator[] _calibration;
    private readonly bool[] _evaluated = new bool[Signals.Count];
    private long _items;

    public EvaluationAccumulator(int calibrationBins = CalibrationAccumulator.DefaultBinCount)
    {
        _calibration = new CalibrationAccumulator[Signals.Count];
        for (var i = 0; i < _calibration.Length; i++)
        {
            _calibration[i] = new CalibrationAccumulator(calibrationBins);
        }
    }

    /// <summary>Adds one labelled decision for <paramref name="signal"/>.</summary>
    public void Add(Signal signal, bool gold, double score, bool predicted)
    {
        var i = (int)signal;
        _counts[i] = _counts[i].Add(gold, predicted);
        _calibration[i].Add(score, gold);
        _evaluated[i] = true;
    }

    /// <summary>Adds every labelled signal of one item; <paramref name="gold"/> is null where the item has no label.</summary>
    public void AddItem(ReadOnlySpan<bool?> gold, AnalysisResult result)
    {
        if (gold.Length != Signals.Count)
        {
            throw new ArgumentException($"Expected {Signals.Count} gold labels, got {gold.Length}.", nameof(gold));
        }
        for (var i = 0; i < Signals.Count; i++)
        {
            if (gold[i] is { } label)
            {
                var score = result.Signals[i];
                Add((Signal)i, label, score.Score, score.Flagged);
            }
        }
        _items++;
    }

    public EvaluationReport Build()
    {
        var metrics = new SignalMetrics[Signals.Count];
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = new SignalMetrics(
                (Signal)i,
                _evaluated[i],
                _counts[i],
                _calibration[i].ExpectedCalibrationError(),
                _calibration[i].Bins());
        }
        // Items are counted by AddItem; callers that only use Add get the largest per-signal total instead.
        var items = Math.Max(_items, _counts.Max(c => c.Total));
        return new EvaluationReport(metrics, items);
    }
}
