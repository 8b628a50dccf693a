namespace Samenspraak.Cli;

/// <summary>
/// The process's standard streams, injectable so tests run commands in-process with captured output.
/// Stdout is a byte stream because NDJSON is written as UTF-8 bytes, never through a TextWriter.
/// </summary>
public sealed class CliConsole(Stream stdin, Stream stdout, TextWriter stderr, bool errorIsTerminal)
{
    public Stream In { get; } = stdin;
    public Stream Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>True when stderr is an interactive terminal: only then is a live progress bar drawn.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>True when stdout is an interactive terminal: only then do tables carry colour codes.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>A Spectre console on <paramref name="writer"/>: colours for a terminal, plain text for files and pipes.</summary>
    public Spectre.Console.IAnsiConsole Ansi(TextWriter writer, bool terminal) => Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
    {
        Out = new Spectre.Console.AnsiConsoleOutput(writer),
        Ansi = terminal ? Spectre.Console.AnsiSupport.Detect : Spectre.Console.AnsiSupport.No,
        ColorSystem = terminal ? Spectre.Console.ColorSystemSupport.Detect : Spectre.Console.ColorSystemSupport.NoColors,
    });

    /// <summary>Human-readable text on stdout (tables, reports), UTF-8 without BOM.</summary>
    public TextWriter OutText { get; } = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 16 * 1024, leaveOpen: true) { AutoFlush = true };

    public static CliConsole FromProcess()
    {
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(Console.OpenStandardInput(), Console.OpenStandardOutput(), stderr, !Console.IsErrorRedirected)
        {
            OutIsTerminal = !Console.IsOutputRedirected,
        };
    }
}
