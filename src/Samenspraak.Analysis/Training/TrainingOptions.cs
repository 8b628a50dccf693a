namespace Samenspraak.Analysis.Training;

/// <summary>
/// Inputs of a training run. <paramref name="CovidDisinfoFile"/> and <paramref name="LexiconDirectory"/> are optional so
/// that a tiny in-test corpus can be trained on; the committed artifacts are always trained with both.
/// </summary>
public sealed record TrainingOptions(
    string CorpusDirectory,
    string? CovidDisinfoFile,
    string? LexiconDirectory,
    string OutputDirectory,
    int Seed = 20261123);
