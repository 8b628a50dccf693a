namespace Samenspraak.Analysis.Training;

/// <summary>Dev-split figures of one signal at its chosen threshold.</summary>
public sealed record SignalReport(Signal Signal, int DevPositives, int DevCount, double Precision, double Recall, double F1, double Threshold);

/// <summary>One written model artifact.</summary>
public sealed record ArtifactInfo(string Path, long Bytes, string Sha256);

/// <summary>What a training run produced: per-signal dev figures, the covid dev figures and the artifacts written.</summary>
public sealed record TrainingReport(
    string ModelVersion,
    int TrainCount,
    int DevCount,
    int CovidTrainCount,
    int CovidDevCount,
    IReadOnlyList<SignalReport> Signals,
    SignalReport? CovidDisinformation,
    IReadOnlyList<ArtifactInfo> Artifacts);
