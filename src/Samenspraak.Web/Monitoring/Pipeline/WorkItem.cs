namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// A unit of background work in the database queue (ADR 004): an upload to import, a feed to poll, the daily
/// purge, a re-analysis sweep. Claimed with a lease; an expired lease makes it claimable again, so every handler is
/// idempotent. Scheduled jobs carry a <see cref="UniqueKey"/> (kind + due time) so that concurrent instances cannot
/// enqueue the same occurrence twice. Not municipality-owned on purpose: only system workers read it; the
/// municipality is in <see cref="MunicipalityId"/> for the handlers.
/// </summary>
public class WorkItem
{
    public long Id { get; set; }

    /// <summary>Handler name, e.g. "import", "purge", "feed-poll" (see <c>WorkKinds</c>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Handler-specific JSON (e.g. the import job id).</summary>
    public string? Payload { get; set; }

    public Guid? MunicipalityId { get; set; }

    /// <summary>Dedupe key for scheduled occurrences ("purge:2026-11-23"); unique when set.</summary>
    public string? UniqueKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not claimable before this time (scheduling and retry backoff).</summary>
    public DateTimeOffset AvailableAt { get; set; }

    public Guid? LeaseId { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>Done items are kept briefly for the unique key; parked items wait for a person.</summary>
    public WorkItemState State { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? LastError { get; set; }
}

public enum WorkItemState
{
    Queued = 0,
    Done = 1,
    Parked = 2,
}
