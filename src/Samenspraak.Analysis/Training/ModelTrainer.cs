namespace Samenspraak.Analysis.Training;

/// <summary>Trains the model artifacts from the corpus, the covid set and the lexicons.</summary>
public static class ModelTrainer
{
    public static TrainingReport Train(TrainingOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        throw new NotSupportedException("Training is being implemented.");
    }
}
