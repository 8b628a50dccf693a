namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>Settings of the analysis pipeline (section <c>Monitoring:Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string Section = "Monitoring:Pipeline";

    /// <summary>Run the analysis worker in this process. Turn off for web-only instances.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Analyse each ingested batch before it is stored and insert it analysed in one pass (ADR 004). Off: messages are
    /// stored pending and only the worker analyses them (the crash and two-instance tests exercise the queue so).
    /// </summary>
    public bool AnalyseAtIngest { get; set; } = true;

    /// <summary>Messages claimed per round trip.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>How long a claim holds; a crashed worker's rows are claimable again after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an idle worker waits before it looks for work again (new local work wakes it at once).</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Claims after which a message that keeps failing is parked as Failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Degree of parallelism of the analysis within a batch (the engine is thread-safe).</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;
}
