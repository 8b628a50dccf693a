using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>Recognises the format of an upload and opens the matching <see cref="IImportSource"/>.</summary>
public static class ImportFormats
{
    /// <summary>Records longer than this many characters are skipped (reported), not read into memory.</summary>
    public const int MaxRecordChars = 1_000_000;

    public static ImportFormat? FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".txt" => ImportFormat.Csv,
            ".tsv" or ".tab" => ImportFormat.Tsv,
            ".xlsx" => ImportFormat.Xlsx,
            ".json" => ImportFormat.Json,
            ".ndjson" or ".jsonl" => ImportFormat.Ndjson,
            _ => null,
        };
    }

    public static async Task<IImportSource> OpenAsync(string path, ImportFormat format, string? encodingName, CancellationToken ct)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            if (file.Length == 0)
            {
                throw new ImportFileException(MonitoringText.Text["Upload.Empty"]);
            }

            IImportSource source = format switch
            {
                ImportFormat.Xlsx => XlsxSource.Open(file),
                ImportFormat.Json or ImportFormat.Ndjson => await JsonSource.OpenAsync(file, format == ImportFormat.Ndjson, encodingName, ct),
                _ => await DelimitedSource.OpenAsync(file, format == ImportFormat.Tsv ? '\t' : null, encodingName, ct),
            };
            return source;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
