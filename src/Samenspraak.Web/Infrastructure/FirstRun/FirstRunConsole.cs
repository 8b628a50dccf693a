namespace Samenspraak.Web.Infrastructure.FirstRun;

/// <summary>
/// Where the first-run banner with generated passwords goes: the process's console, deliberately not a logger,
/// so the passwords never end up in log files or telemetry. Tests replace the writer.
/// </summary>
public sealed class FirstRunConsole(TextWriter writer)
{
    public FirstRunConsole() : this(Console.Out)
    {
    }

    public TextWriter Writer { get; } = writer;
}
