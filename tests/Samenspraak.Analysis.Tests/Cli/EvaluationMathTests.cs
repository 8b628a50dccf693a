using Samenspraak.Analysis.Evaluation;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class EvaluationMathTests
{
    private const double Tolerance = 1e-12;

    // Hand-computed: TP=3 (0.95, 0.91, 0.85), FN=1 (0.30), FP=1 (0.70), TN=2 (0.10, 0.05).
    private static EvaluationAccumulator HateExample()
    {
        var acc = new EvaluationAccumulator();
        acc.Add(Signal.Hate, gold: true, score: 0.95, predicted: true);
        acc.Add(Signal.Hate, gold: true, score: 0.91, predicted: true);
        acc.Add(Signal.Hate, gold: true, score: 0.85, predicted: true);
        acc.Add(Signal.Hate, gold: true, score: 0.30, predicted: false);
        acc.Add(Signal.Hate, gold: false, score: 0.70, predicted: true);
        acc.Add(Signal.Hate, gold: false, score: 0.10, predicted: false);
        acc.Add(Signal.Hate, gold: false, score: 0.05, predicted: false);
        return acc;
    }

    [Fact]
    public void ConfusionCountsAndRatiosMatchHandComputation()
    {
        var hate = HateExample().Build()[Signal.Hate];

        Assert.True(hate.Evaluated);
        Assert.Equal(new ConfusionCounts(3, 1, 1, 2), hate.Counts);
        Assert.Equal(4, hate.Support);
        Assert.Equal(0.75, hate.Precision, Tolerance);
        Assert.Equal(0.75, hate.Recall, Tolerance);
        Assert.Equal(0.75, hate.F1, Tolerance);
        Assert.Equal(5d / 7d, hate.Accuracy, Tolerance);
    }

    [Fact]
    public void ExpectedCalibrationErrorUsesTenEqualWidthBinsWeightedByCount()
    {
        var hate = HateExample().Build()[Signal.Hate];

        // Bin 9 holds 0.95 and 0.91 (both positive): gap |1 - 0.93| = 0.07, weight 2/7.
        // Singles: 0.85 (+) 0.15; 0.30 (+) 0.70; 0.70 (-) 0.70; 0.10 (-) 0.10; 0.05 (-) 0.05.
        const double expected = ((2 * 0.07) + 0.15 + 0.70 + 0.70 + 0.10 + 0.05) / 7;
        Assert.Equal(expected, hate.ExpectedCalibrationError, 1e-9);
        Assert.Equal(10, hate.CalibrationBins.Count);
        Assert.Equal(2, hate.CalibrationBins[9].Count);
        Assert.Equal(0.93, hate.CalibrationBins[9].MeanScore, 1e-9);
        Assert.Equal(1, hate.CalibrationBins[1].Count);
        Assert.Equal(0, hate.CalibrationBins[2].Count);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.0999, 0)]
    [InlineData(0.1, 1)]
    [InlineData(0.55, 5)]
    [InlineData(0.9999, 9)]
    [InlineData(1.0, 9)]
    public void ScoresFallIntoHalfOpenBinsWithOneInTheLastBin(double score, int bin)
    {
        Assert.Equal(bin, CalibrationAccumulator.BinOf(score, 10));
    }

    [Fact]
    public void PerfectlyCalibratedScoresHaveZeroError()
    {
        var calibration = new CalibrationAccumulator();
        // Four items at 0.25, one of them positive: observed rate equals the score.
        calibration.Add(0.25, true);
        calibration.Add(0.25, false);
        calibration.Add(0.25, false);
        calibration.Add(0.25, false);

        Assert.Equal(0d, calibration.ExpectedCalibrationError(), Tolerance);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void ScoresOutsideTheUnitIntervalAreRejected(double score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalibrationAccumulator().Add(score, true));
    }

    [Fact]
    public void SignalsWithoutLabelsAreNotEvaluatedAndLeaveMacroAveragesAlone()
    {
        var acc = HateExample();
        acc.Add(Signal.Toxicity, gold: true, score: 0.8, predicted: true);
        acc.Add(Signal.Toxicity, gold: false, score: 0.2, predicted: false);

        var report = acc.Build();

        Assert.Equal(Signals.Count, report.Signals.Count);
        Assert.False(report[Signal.Threat].Evaluated);
        Assert.Equal(new ConfusionCounts(0, 0, 0, 0), report[Signal.Threat].Counts);
        Assert.Equal([Signal.Hate, Signal.Toxicity], report.Evaluated.Select(s => s.Signal));
        Assert.Equal((0.75 + 1.0) / 2, report.MacroF1, Tolerance);
        Assert.Equal((0.75 + 1.0) / 2, report.MacroPrecision, Tolerance);
        Assert.Equal(((1.84 / 7) + 0.2) / 2, report.MacroExpectedCalibrationError, 1e-9);
    }

    [Fact]
    public void RatiosWithAnEmptyDenominatorAreZero()
    {
        var acc = new EvaluationAccumulator();
        acc.Add(Signal.Doxxing, gold: false, score: 0.01, predicted: false);

        var doxxing = acc.Build()[Signal.Doxxing];

        Assert.True(doxxing.Evaluated);
        Assert.Equal(0, doxxing.Support);
        Assert.Equal(0d, doxxing.Precision);
        Assert.Equal(0d, doxxing.Recall);
        Assert.Equal(0d, doxxing.F1);
        Assert.Equal(1d, doxxing.Accuracy);
    }

    [Fact]
    public void ItemsAreCountedOncePerItemNotPerSignal()
    {
        var acc = new EvaluationAccumulator();
        var result = new AnalysisResult
        {
            Language = "nl",
            Harmful = true,
            Signals = [.. Signals.All.Select(s => new SignalScore(s == Signal.Hate ? 0.9 : 0.1, s == Signal.Hate, Band.Laag))],
            Targets = [],
            Evidence = [],
            Model = "test",
        };
        bool?[] gold = [true, false, null, null, null, null, false];

        acc.AddItem(gold, result);
        acc.AddItem(gold, result);
        var report = acc.Build();

        Assert.Equal(2, report.Items);
        Assert.Equal(new ConfusionCounts(2, 0, 0, 0), report[Signal.Hate].Counts);
        Assert.Equal(new ConfusionCounts(0, 0, 0, 2), report[Signal.Disinformation].Counts);
        Assert.False(report[Signal.Threat].Evaluated);
    }
}
