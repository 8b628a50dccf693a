namespace Samenspraak.Analysis.Evaluation;

/// <summary>One equal-width bin of a reliability diagram: [Lower, Upper), the last bin closed at 1.</summary>
public sealed record CalibrationBin(double Lower, double Upper, long Count, double MeanScore, double PositiveRate)
{
    /// <summary>|observed positive rate - mean predicted score|; 0 for an empty bin.</summary>
    public double Gap => Count == 0 ? 0d : Math.Abs(PositiveRate - MeanScore);
}
