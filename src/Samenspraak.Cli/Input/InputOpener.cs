using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Input;

/// <summary>
/// Opens a file (or stdin for "-"), rejects inputs that cannot be text at all (empty, binary, UTF-16), chooses the
/// format (explicit, else by extension, else by content) and returns the matching record reader.
/// </summary>
internal static class InputOpener
{
    public const string StdinName = "-";
    public const int DefaultMaxLineBytes = 10 * 1024 * 1024;

    /// <summary>How much of the start of the input is inspected for binary content.</summary>
    private const int SniffBytes = 8 * 1024;

    public static RecordReader Open(string path, InputFormat format, IReadOnlyList<ColumnSpec> columns, Stream stdin, int maxLineBytes = DefaultMaxLineBytes)
    {
        var (stream, totalBytes) = OpenStream(path, stdin);
        var lines = new LineSplitter(stream, maxLineBytes);
        try
        {
            var displayName = path == StdinName ? CliTexts.StdinName : path;
            Inspect(lines.Peek(), displayName);
            if (format == InputFormat.Auto)
            {
                format = FromExtension(path) ?? FromContent(lines);
            }
            return format == InputFormat.Ndjson
                ? new NdjsonRecordReader(lines, columns) { TotalBytes = totalBytes }
                : DelimitedRecordReader.Open(lines, columns, format, displayName, totalBytes);
        }
        catch
        {
            lines.Dispose();
            throw;
        }
    }

    public static InputFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => InputFormat.Csv,
            ".TSV" or ".TAB" => InputFormat.Tsv,
            ".NDJSON" or ".JSONL" or ".JSON" => InputFormat.Ndjson,
            _ => null,
        };

    private static (Stream Stream, long? Length) OpenStream(string path, Stream stdin)
    {
        if (path == StdinName)
        {
            return (new NonClosingStream(stdin), null);
        }
        try
        {
            if (Directory.Exists(path))
            {
                throw new CliException(ExitCodes.FileError, CliTexts.ErrorInputIsDirectory(path));
            }
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return (file, file.CanSeek ? file.Length : null);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorFileNotFound(path), ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorFileNotFound(path), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorFileUnreadable(path), ex);
        }
        catch (IOException ex)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorFileUnreadable(path), ex);
        }
    }

    /// <summary>Rejects inputs that are empty, UTF-16 or binary before any line is parsed.</summary>
    private static void Inspect(ReadOnlySpan<byte> start, string name)
    {
        if (start.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorEmptyInput(name));
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorUtf16(name));
        }
        if (LooksBinary(start[..Math.Min(start.Length, SniffBytes)]))
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorBinaryInput(name));
        }
    }

    /// <summary>
    /// Text never holds NUL and rarely other C0 controls; more than a few percent of them means a binary file
    /// (an image, a zip, an Excel workbook) was passed by mistake.
    /// </summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }
        return controls > sample.Length / 20;
    }

    /// <summary>NDJSON when the first non-blank line starts with '{'; TSV when it holds a tab; CSV otherwise.</summary>
    private static InputFormat FromContent(LineSplitter lines)
    {
        while (true)
        {
            var status = lines.ReadLine(out var line);
            if (status == LineStatus.End)
            {
                return InputFormat.Csv;
            }
            var trimmed = line.TrimStart(" \t"u8);
            if (status == LineStatus.Line && trimmed.IsEmpty)
            {
                continue;
            }
            var format = status == LineStatus.TooLong || trimmed[0] == (byte)'{'
                ? InputFormat.Ndjson
                : line.IndexOf((byte)'\t') >= 0 ? InputFormat.Tsv : InputFormat.Csv;
            lines.PushBack();
            return format;
        }
    }
}
