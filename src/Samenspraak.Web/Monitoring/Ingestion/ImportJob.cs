using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Ingestion;

/// <summary>Upload file formats. Stored as numbers: only append.</summary>
public enum ImportFormat
{
    Csv = 0,
    Tsv = 1,
    Xlsx = 2,
    Json = 3,
    Ndjson = 4,
}

/// <summary>Stored as numbers: only append.</summary>
public enum ImportState
{
    /// <summary>File stored, waiting for the column mapping.</summary>
    Uploaded = 0,

    /// <summary>Mapping confirmed, waiting for a worker.</summary>
    Queued = 1,
    Running = 2,
    Completed = 3,

    /// <summary>Stopped by an error that concerns the whole file (see <see cref="ImportJob.Error"/>).</summary>
    Failed = 4,
    Cancelled = 5,
}

/// <summary>
/// One file upload into a channel: the stored file (under data/imports), the column mapping, and the progress and
/// result of the background import. The page polls this row, so the user can leave and come back.
/// </summary>
public class ImportJob : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid ChannelId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    /// <summary>The name the user's file had (shown, never used as a path).</summary>
    public string FileName { get; set; } = "";

    /// <summary>Generated name of the stored copy inside the import folder.</summary>
    public string StoredFileName { get; set; } = "";

    public ImportFormat Format { get; set; }

    /// <summary>Detected text encoding ("utf-8", "utf-16LE", "windows-1252"); null for XLSX.</summary>
    public string? EncodingName { get; set; }

    public long FileSize { get; set; }

    /// <summary>Column mapping as JSON (see <c>ColumnMapping</c>); null until the user confirmed it.</summary>
    public string? MappingJson { get; set; }

    public ImportState State { get; set; }

    /// <summary>Bytes of the stored file consumed so far: the progress bar.</summary>
    public long BytesRead { get; set; }

    public long RowsRead { get; set; }

    public long Accepted { get; set; }

    public long Duplicates { get; set; }

    public long Skipped { get; set; }

    /// <summary>Dutch message when the whole file failed.</summary>
    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>One skipped row of an import and why: the validation report. Capped per job (the count is exact).</summary>
public class ImportRowIssue : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid ImportJobId { get; set; }

    /// <summary>1-based row (CSV/TSV/XLSX, header excluded) or line (NDJSON) or array element (JSON).</summary>
    public long Row { get; set; }

    /// <summary>Dutch reason ("tekst ontbreekt", "datum '31/31/2024' niet herkend").</summary>
    public string Reason { get; set; } = "";
}
