namespace Samenspraak.Cli;

/// <summary>
/// An expected failure with a user-facing (Dutch) message and the exit code to end with. The runner prints the
/// message without a stack trace: these are the user's problems to fix, not bugs.
/// </summary>
public sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
