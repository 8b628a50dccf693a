using Samenspraak.Analysis.Themes;

namespace Samenspraak.Analysis.Tests.Themes;

public sealed class BurstDetectorTests
{
    [Fact]
    public void Poisson_upper_tail_matches_known_values()
    {
        // P(X >= 1 | 1) = 1 - e^-1; P(X >= 5 | 1) = 0.0036599; P(X >= 20 | 2) ~ 6.4e-14.
        Assert.Equal(1 - Math.Exp(-1), BurstDetector.PoissonUpperTail(1, 1.0), 10);
        Assert.Equal(0.0036599, BurstDetector.PoissonUpperTail(5, 1.0), 6);
        Assert.InRange(BurstDetector.PoissonUpperTail(20, 2.0), 6.0e-14, 6.9e-14);
        Assert.Equal(1.0, BurstDetector.PoissonUpperTail(0, 3.0));
        Assert.Equal(0.5421, BurstDetector.PoissonUpperTail(10, 10.0), 3);
    }

    [Fact]
    public void Log_factorial_is_continuous_where_it_switches_to_stirling()
    {
        var exact = Enumerable.Range(2, 31).Sum(i => Math.Log(i));
        Assert.Equal(exact + Math.Log(33), BurstDetector.LogFactorial(33), 8);
    }

    [Fact]
    public void A_spike_far_above_a_steady_baseline_is_rising()
    {
        var history = Enumerable.Repeat(3, 28).ToList();

        var result = BurstDetector.Evaluate(history, 20);

        Assert.Equal(TrendStatus.Rising, result.Status);
        Assert.InRange(result.Expected, 3.0, 3.1);
        Assert.True(result.PValue < 1e-6);
    }

    [Fact]
    public void Ordinary_fluctuation_and_small_counts_are_stable()
    {
        var history = new[] { 4, 6, 5, 3, 7, 5, 4, 6, 5, 5, 4, 6, 5, 5 };
        Assert.Equal(TrendStatus.Stable, BurstDetector.Evaluate(history, 9).Status);
        // Three messages out of nothing is not a theme yet (minimum count).
        Assert.Equal(TrendStatus.Stable, BurstDetector.Evaluate(new int[28], 3).Status);
    }

    [Fact]
    public void A_burst_with_an_empty_baseline_is_new()
    {
        var result = BurstDetector.Evaluate(new int[28], 8);
        Assert.Equal(TrendStatus.New, result.Status);
    }

    [Fact]
    public void A_theme_that_has_been_high_for_days_is_not_rising_again()
    {
        // Twenty quiet days, then eight days at 30: the smoothed baseline follows the recent level.
        var history = Enumerable.Repeat(2, 20).Concat(Enumerable.Repeat(30, 8)).ToList();
        Assert.Equal(TrendStatus.Stable, BurstDetector.Evaluate(history, 32).Status);
    }

    [Fact]
    public void Weekly_detection_sums_days_into_iso_weeks()
    {
        var monday = new DateOnly(2026, 11, 16);
        var days = Enumerable.Range(0, 14).Select(i => (monday.AddDays(i - 1), 1)).ToList();

        var weeks = BurstDetector.ToWeeks(days);

        Assert.Equal([(new DateOnly(2026, 11, 9), 1), (monday, 7), (monday.AddDays(7), 6)], weeks);
        var weekly = BurstDetector.Evaluate([1, 2, 1, 2, 1, 2, 1, 2], 25, BurstOptions.Weekly);
        Assert.Equal(TrendStatus.Rising, weekly.Status);
    }
}
