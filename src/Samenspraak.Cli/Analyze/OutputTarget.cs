using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>The NDJSON destination: a file, or stdout for none or "-". Both get a large buffer: one write per batch.</summary>
internal static class OutputTarget
{
    private const int BufferSize = 1024 * 1024;

    public static Stream Open(string? path, CliConsole console)
    {
        if (path is null or "-")
        {
            // Not disposed by the caller's using: the BufferedStream is flushed, stdout itself stays open.
            return new BufferedStream(new Input.NonClosingWriteStream(console.Out), BufferSize);
        }
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, BufferSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorOutputNotWritable(path), ex);
        }
    }
}
