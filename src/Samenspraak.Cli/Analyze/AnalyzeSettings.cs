namespace Samenspraak.Cli.Analyze;

/// <summary>Tuning of the analyze pipeline. The defaults are what `samenspraak analyze` uses.</summary>
internal sealed record AnalyzeSettings
{
    /// <summary>Messages per batch: large enough to amortise hand-offs between threads, small enough to keep memory flat.</summary>
    public int BatchSize { get; init; } = 1000;

    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool Explain { get; init; }

    public OnErrorMode OnError { get; init; } = OnErrorMode.Skip;

    /// <summary>Batches alive at once (reading, analysing, waiting to be written). Bounds memory whatever the input size.</summary>
    public int BatchesInFlight => (Threads * 2) + 2;
}
