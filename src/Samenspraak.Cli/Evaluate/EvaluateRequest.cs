namespace Samenspraak.Cli.Evaluate;

internal enum ReportFormat
{
    Table,
    Json,
}

/// <summary>The parsed `evaluate` command line.</summary>
internal sealed record EvaluateRequest(string Path, ReportFormat Format, bool ByCase, string? Split, int Threads);
