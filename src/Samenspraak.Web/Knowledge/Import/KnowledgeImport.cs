namespace Samenspraak.Web.Knowledge.Import;

/// <summary>Where a bulk import is. Stored as numbers: only append.</summary>
public enum KnowledgeImportState
{
    /// <summary>Dry run done; the plan waits for the curator's "Importeren".</summary>
    Checked = 0,

    /// <summary>Started; waiting for the background worker.</summary>
    Queued = 1,
    Running = 2,
    Done = 3,

    /// <summary>Stopped by an error that is not about one row (see <see cref="KnowledgeImport.Error"/>); the rows before it are saved.</summary>
    Failed = 4,
}

/// <summary>
/// One bulk import of the Kennisbank: the dry run's plan (so it survives a restart and can be imported later), who
/// checked it, and the progress and report of the background import. Platform-wide content, so not owned by a
/// municipality: every curator may follow it. Purged after <see cref="KnowledgeImports.KeepFinished"/>.
/// </summary>
public class KnowledgeImport
{
    public Guid Id { get; set; }

    /// <summary>The curator who checked and started it: versions and audit entries name this user.</summary>
    public Guid CuratorId { get; set; }

    /// <summary>The curator's user name at the time, for the audit entries written in the background.</summary>
    public string? CuratorName { get; set; }

    public Guid? CuratorMunicipalityId { get; set; }

    /// <summary>The uploaded file's name (shown, never used as a path).</summary>
    public string FileName { get; set; } = "";

    public KnowledgeImportState State { get; set; }

    /// <summary>The dry run's <see cref="ImportPlan"/> as JSON (<see cref="ImportPlanJson"/>).</summary>
    public string PlanJson { get; set; } = "";

    /// <summary>Rows the import writes (new and update rows): the progress bar's end.</summary>
    public int TotalRows { get; set; }

    /// <summary>Of <see cref="TotalRows"/>, how many are done; saved in the same transaction as each batch, so a resumed import continues here.</summary>
    public int ProcessedRows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Rows the dry run refused.</summary>
    public int Invalid { get; set; }

    /// <summary>Rows skipped during the import (changed meanwhile, failed to save) as JSON <see cref="RowProblem"/>s: the report.</summary>
    public string SkippedJson { get; set; } = "[]";

    /// <summary>Dutch message when the import as a whole stopped.</summary>
    public string? Error { get; set; }

    /// <summary>Raised by every claim: a worker takes a job only with a conditional update on this, so two instances never run one job.</summary>
    public int Claims { get; set; }

    /// <summary>Set when claimed and after every batch; a running job whose heartbeat is old was interrupted and is resumed.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
