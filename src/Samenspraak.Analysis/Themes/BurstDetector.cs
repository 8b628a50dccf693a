namespace Samenspraak.Analysis.Themes;

/// <summary>How a theme's count in the current period compares with its baseline.</summary>
public enum TrendStatus
{
    Stable = 0,
    Rising = 1,
    New = 2,
}

/// <summary>Parameters of the burst model; the defaults and their reasons are in docs/trends.md.</summary>
public sealed record BurstOptions
{
    /// <summary>Periods of history the baseline is taken from (28 days for daily, 8 weeks for weekly detection).</summary>
    public int BaselinePeriods { get; init; } = 28;

    /// <summary>No theme is new or rising on fewer messages than this in the current period.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>Upper-tail Poisson probability below which the current count is a burst.</summary>
    public double MaxPValue { get; init; } = 0.001;

    /// <summary>The current count must also be at least this many times the expected count.</summary>
    public double MinRatio { get; init; } = 2.0;

    /// <summary>
    /// Pseudo-count added to the baseline mean, so a theme with a (near) empty history does not get an expected
    /// count of zero and an infinitely small p-value for a handful of messages.
    /// </summary>
    public double PriorCount { get; init; } = 0.5;

    /// <summary>Exponential smoothing weight of the most recent baseline period (0 = plain mean).</summary>
    public double Smoothing { get; init; } = 0.1;

    public static BurstOptions Daily { get; } = new();

    public static BurstOptions Weekly { get; } = new() { BaselinePeriods = 8 };
}

/// <summary>The verdict for one theme and period, with the figures it rests on.</summary>
public sealed record BurstResult(TrendStatus Status, int Observed, double Expected, double PValue)
{
    public double Ratio => Observed / Math.Max(Expected, 1e-9);
}

/// <summary>
/// Poisson burst model for theme counts. The expected count is an exponentially smoothed mean of the trailing
/// baseline periods plus a small prior; the current count is a burst when it is at least the minimum count, at
/// least <see cref="BurstOptions.MinRatio"/> times the expectation, and its upper-tail probability
/// P(X ≥ observed | λ = expected) is below <see cref="BurstOptions.MaxPValue"/>. A theme whose baseline is
/// entirely empty and that bursts is "new" rather than "rising".
/// </summary>
public static class BurstDetector
{
    /// <param name="history">Counts of the baseline periods, oldest first (only the last BaselinePeriods are used).</param>
    /// <param name="current">Count of the period being judged.</param>
    public static BurstResult Evaluate(IReadOnlyList<int> history, int current, BurstOptions? options = null)
    {
        options ??= BurstOptions.Daily;
        var start = Math.Max(0, history.Count - options.BaselinePeriods);
        var window = history.Skip(start).ToList();
        var expected = Expected(window, options);
        var p = PoissonUpperTail(current, expected);
        var burst = current >= options.MinCount && current >= options.MinRatio * expected && p < options.MaxPValue;
        var status = !burst ? TrendStatus.Stable : window.All(c => c == 0) ? TrendStatus.New : TrendStatus.Rising;
        return new BurstResult(status, current, expected, p);
    }

    /// <summary>
    /// Smoothed baseline: a plain mean blended with an exponentially weighted mean (recent periods count more,
    /// so a theme that has been growing for a week is not "rising" again every day), plus the prior pseudo-count
    /// spread over the window.
    /// </summary>
    internal static double Expected(IReadOnlyList<int> window, BurstOptions options)
    {
        if (window.Count == 0)
        {
            return options.PriorCount;
        }
        var mean = window.Average();
        var ewma = (double)window[0];
        foreach (var c in window.Skip(1))
        {
            ewma = options.Smoothing * c + (1 - options.Smoothing) * ewma;
        }
        var blended = Math.Max(mean, ewma);
        return blended + options.PriorCount / window.Count;
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(λ), summed in the upper tail so very small probabilities stay accurate.</summary>
    public static double PoissonUpperTail(int k, double lambda)
    {
        if (k <= 0)
        {
            return 1.0;
        }
        if (lambda <= 0)
        {
            return 0.0;
        }
        if (k <= lambda)
        {
            // Lower tail is the small part here: 1 - P(X ≤ k-1).
            var term = Math.Exp(-lambda);
            var cdf = term;
            for (var i = 1; i < k; i++)
            {
                term *= lambda / i;
                cdf += term;
            }
            return Math.Clamp(1.0 - cdf, 0.0, 1.0);
        }
        var logFirst = -lambda + k * Math.Log(lambda) - LogFactorial(k);
        var t = Math.Exp(logFirst);
        var sum = t;
        for (var i = k + 1; i < k + 10_000; i++)
        {
            t *= lambda / i;
            sum += t;
            if (t < sum * 1e-16)
            {
                break;
            }
        }
        return Math.Clamp(sum, 0.0, 1.0);
    }

    /// <summary>ln(n!) exactly for small n, Stirling's series beyond.</summary>
    internal static double LogFactorial(int n)
    {
        if (n < 2)
        {
            return 0;
        }
        if (n < 32)
        {
            var s = 0.0;
            for (var i = 2; i <= n; i++)
            {
                s += Math.Log(i);
            }
            return s;
        }
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    /// <summary>Sums daily counts into ISO weeks (Monday first), returning (week start, count) oldest first.</summary>
    public static IReadOnlyList<(DateOnly WeekStart, int Count)> ToWeeks(IEnumerable<(DateOnly Day, int Count)> daily)
    {
        return daily
            .GroupBy(d => d.Day.AddDays(-(((int)d.Day.DayOfWeek + 6) % 7)))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(x => x.Count)))
            .ToList();
    }
}
