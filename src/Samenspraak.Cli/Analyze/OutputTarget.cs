using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// The NDJSON destination: a file, or stdout for none or "-". Neither gets an extra buffer: the pipeline already
/// writes whole batches (about half a megabyte each), and another buffer would only copy every byte once more.
/// </summary>
internal static class OutputTarget
{
    public static Stream Open(string? path, CliConsole console)
    {
        if (path is null or "-")
        {
            // Disposing the wrapper flushes it but leaves the process's stdout open.
            return new Input.NonClosingWriteStream(console.Out);
        }
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorOutputNotWritable(path), ex);
        }
    }
}
