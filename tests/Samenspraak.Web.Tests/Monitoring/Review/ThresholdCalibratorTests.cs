using Samenspraak.Web.Monitoring.Review.Calibration;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>The calibration maths on hand-made samples whose best threshold is known.</summary>
public sealed class ThresholdCalibratorTests
{
    private static List<LabelledScore> Sample(IEnumerable<float> positives, IEnumerable<float> negatives) =>
        [.. positives.Select(s => new LabelledScore(s, true)), .. negatives.Select(s => new LabelledScore(s, false))];

    private static IEnumerable<float> Range(float from, float step, int count) => Enumerable.Range(0, count).Select(i => from + (i * step));

    [Fact]
    public void SeparableSamplesGetTheLowestPositiveScoreAsThreshold()
    {
        var proposal = ThresholdCalibrator.Propose(Sample(Range(0.6f, 0.01f, 20), Range(0.1f, 0.01f, 20)));

        Assert.Equal(0.6f, proposal.Threshold);
        Assert.Equal(1.0, proposal.AtThreshold!.Value.F1);
        Assert.Equal(40, proposal.Reviewed);
        Assert.Equal(20, proposal.Positives);
    }

    [Fact]
    public void OverlapIsResolvedByTheHighestF1()
    {
        // Positives 0.50..0.69, negatives 0.20..0.39 plus three at 0.55, 0.56, 0.57. Threshold 0.50 flags all 20
        // positives and the 3 negatives (F1 = 40/43 ≈ 0.930); 0.58 drops the negatives but also 8 positives
        // (TP 12, FN 8: F1 = 24/32 = 0.75). So 0.50 wins.
        var proposal = ThresholdCalibrator.Propose(Sample(Range(0.5f, 0.01f, 20), [.. Range(0.2f, 0.01f, 20), 0.55f, 0.56f, 0.57f]));

        Assert.Equal(0.5f, proposal.Threshold);
        var q = proposal.AtThreshold!.Value;
        Assert.Equal((20, 3, 0, 20), (q.TruePositives, q.FalsePositives, q.FalseNegatives, q.TrueNegatives));
        Assert.Equal(40.0 / 43.0, q.F1, 6);
    }

    [Fact]
    public void EqualF1KeepsTheHigherThreshold()
    {
        // Scores 0.9 (positive) ... a negative and a positive both at 0.4: going down to 0.4 adds one TP and one FP.
        var positives = Enumerable.Repeat(0.9f, 10).Append(0.4f);
        var negatives = Enumerable.Repeat(0.1f, 29).Append(0.4f);
        var proposal = ThresholdCalibrator.Propose(Sample(positives, negatives));

        // At 0.9: TP 10, FP 0, FN 1 → F1 = 20/21. At 0.4: TP 11, FP 1, FN 0 → F1 = 22/23 (higher), so 0.4.
        Assert.Equal(0.4f, proposal.Threshold);
        // A real tie: at 0.8 TP 5, FN 5 → F1 = 10/15; at 0.5 TP 10, FP 10 → F1 = 20/30, the same. The higher stays.
        var tie = ThresholdCalibrator.Propose(Sample(
            [.. Enumerable.Repeat(0.8f, 5), .. Enumerable.Repeat(0.5f, 5)],
            [.. Enumerable.Repeat(0.5f, 10), .. Enumerable.Repeat(0.1f, 15)]));
        Assert.Equal(0.8f, tie.Threshold);
    }

    [Theory]
    [InlineData(29, 10)] // too few reviewed in total
    [InlineData(40, 4)]  // too few positives
    [InlineData(40, 36)] // too few negatives
    public void SmallSamplesGetNoProposal(int total, int positives)
    {
        var sample = Sample(Enumerable.Repeat(0.7f, positives), Enumerable.Repeat(0.2f, total - positives));

        var proposal = ThresholdCalibrator.Propose(sample);

        Assert.Null(proposal.Threshold);
        Assert.Null(proposal.AtThreshold);
        Assert.Equal(total, proposal.Reviewed);
    }

    [Fact]
    public void MeasureCountsTheConfusionMatrix()
    {
        var q = ThresholdCalibrator.Measure([(true, true), (true, false), (false, true), (false, false), (false, false)]);

        Assert.Equal((1, 1, 1, 2), (q.TruePositives, q.FalsePositives, q.FalseNegatives, q.TrueNegatives));
        Assert.Equal(0.5, q.Precision);
        Assert.Equal(0.5, q.Recall);
        Assert.Equal(0.5, q.F1);
        Assert.Equal(0, ThresholdCalibrator.Measure([(false, false)]).F1);
    }
}
