namespace Samenspraak.Cli;

/// <summary>
/// Exit codes of every `samenspraak` command. Scripts branch on them, so they never change meaning;
/// docs/cli.md and `--help` list them.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Ok = 0;

    /// <summary>Wrong command line: unknown option, missing argument, invalid value.</summary>
    public const int Usage = 1;

    /// <summary>An input file or folder does not exist or cannot be read, or the output cannot be written.</summary>
    public const int FileError = 2;

    /// <summary>The input cannot be used: empty, binary, wrong encoding, a required column missing; or, with
    /// <c>--on-error fail</c>, the first malformed line.</summary>
    public const int InputFormat = 3;

    /// <summary>The run finished, but malformed lines were skipped (each reported on stderr with its line number).</summary>
    public const int LinesSkipped = 4;

    /// <summary>An unexpected internal error (a bug): the message says what, <c>--verbose</c> shows the stack.</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
