namespace Samenspraak.Cli.Analyze;

/// <summary>What to do with a malformed line: report and skip it (default), or report it and stop.</summary>
public enum OnErrorMode
{
    Skip,
    Fail,
}
