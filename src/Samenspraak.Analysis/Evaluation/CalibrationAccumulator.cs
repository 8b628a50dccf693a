namespace Samenspraak.Analysis.Evaluation;

/// <summary>
/// Expected calibration error over equal-width score bins:
/// ECE = Σ_b (n_b / N) · |positive rate in b − mean score in b|.
/// Only sums are kept, so memory stays constant however many items are added.
/// </summary>
public sealed class CalibrationAccumulator
{
    public const int DefaultBinCount = 10;

    private readonly long[] _counts;
    private readonly double[] _scoreSums;
    private readonly long[] _positives;

    public CalibrationAccumulator(int binCount = DefaultBinCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        _counts = new long[binCount];
        _scoreSums = new double[binCount];
        _positives = new long[binCount];
    }

    public int BinCount => _counts.Length;

    public long Count { get; private set; }

    public void Add(double score, bool gold)
    {
        if (double.IsNaN(score) || score < 0d || score > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A calibrated score lies in [0, 1].");
        }
        var bin = BinOf(score, _counts.Length);
        _counts[bin]++;
        _scoreSums[bin] += score;
        if (gold)
        {
            _positives[bin]++;
        }
        Count++;
    }

    /// <summary>Bin index of a score: floor(score · bins), with a score of exactly 1 in the last bin.</summary>
    public static int BinOf(double score, int binCount) => Math.Min((int)(score * binCount), binCount - 1);

    public IReadOnlyList<CalibrationBin> Bins()
    {
        var bins = new CalibrationBin[_counts.Length];
        for (var i = 0; i < bins.Length; i++)
        {
            var n = _counts[i];
            bins[i] = new CalibrationBin(
                (double)i / bins.Length,
                (double)(i + 1) / bins.Length,
                n,
                n == 0 ? 0d : _scoreSums[i] / n,
                n == 0 ? 0d : (double)_positives[i] / n);
        }
        return bins;
    }

    public double ExpectedCalibrationError()
    {
        if (Count == 0)
        {
            return 0d;
        }
        var ece = 0d;
        foreach (var bin in Bins())
        {
            ece += (double)bin.Count / Count * bin.Gap;
        }
        return ece;
    }
}
