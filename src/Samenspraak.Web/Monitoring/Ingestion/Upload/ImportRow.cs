namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// One data row of an uploaded file: its 1-based number (header excluded; the line for NDJSON, the element for a
/// JSON array) and its values by column, or the Dutch reason why it cannot be read.
/// </summary>
public sealed record ImportRow(long Number, IReadOnlyList<string?> Values, string? Problem);

/// <summary>A file whose whole content cannot be imported (empty, no header, not an XLSX, a zip bomb); Dutch message.</summary>
public sealed class ImportFileException(string message) : Exception(message);

/// <summary>An opened upload: the column names and a stream of rows. Reads the file once, front to back.</summary>
public interface IImportSource : IAsyncDisposable
{
    IReadOnlyList<string> Columns { get; }

    /// <summary>Bytes of the file consumed so far (for the progress bar).</summary>
    long BytesRead { get; }

    IAsyncEnumerable<ImportRow> RowsAsync(CancellationToken ct);
}
