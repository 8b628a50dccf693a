using Samenspraak.Analysis;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// One ingested message (comment, post, forum reply, toot) with the analysis result flattened into columns so the
/// review queue, themes and dashboard can filter and sort a million rows on indexes. Bulk paths write this table
/// with raw SQL (see <c>Pipeline/MessageBulkWriter</c>), so keep column names stable.
/// </summary>
public class Message : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid ChannelId { get; set; }

    /// <summary>The id the source gave the message (post id, status id, guid); null when the source has none.</summary>
    public string? ExternalId { get; set; }

    /// <summary>
    /// Dedupe key, unique per channel: a hash of the external id when there is one, otherwise of the normalised
    /// text, author pseudonym and publication time (see <see cref="MessageFingerprint"/>).
    /// </summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The message text; emptied by the retention purge (the scores stay for the aggregates).</summary>
    public string Text { get; set; } = "";

    /// <summary>Keyed hash of the author's handle, per municipality; stable, not reversible without the key.</summary>
    public string? AuthorPseudonym { get; set; }

    /// <summary>The raw handle, only when the channel opted in (<c>Channel.StoreRawHandles</c>).</summary>
    public string? RawHandle { get; set; }

    public string? Url { get; set; }

    /// <summary>External id of the message this one replies to, in the same channel (thread context).</summary>
    public string? ReplyToExternalId { get; set; }

    /// <summary>When the author published it (UTC); the receive time when the source does not say.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>When Samenspraak stored it (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>"nl", "fr", "en" or "other" from the engine; null until analysed.</summary>
    public string? Language { get; set; }

    // ---- analysis pipeline state -------------------------------------------------------------------------------

    public AnalysisState AnalysisState { get; set; }

    /// <summary>Engine model version that produced the scores; re-analysis picks rows with an older version.</summary>
    public string? ModelVersion { get; set; }

    public DateTimeOffset? AnalysedAt { get; set; }

    /// <summary>Claim of a worker on this row; a worker only stores results while its lease id still matches.</summary>
    public Guid? LeaseId { get; set; }

    /// <summary>After this time another worker may claim the row again (the first one crashed or stalled).</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>How often a worker claimed this row; rows that keep failing are parked as <see cref="AnalysisState.Failed"/>.</summary>
    public int AnalysisAttempts { get; set; }

    // ---- analysis result, flattened ----------------------------------------------------------------------------

    public float ScoreHate { get; set; }

    public float ScoreToxicity { get; set; }

    public float ScoreThreat { get; set; }

    public float ScoreDehumanisation { get; set; }

    public float ScorePolarisation { get; set; }

    public float ScoreDoxxing { get; set; }

    public float ScoreDisinformation { get; set; }

    /// <summary>The signals the engine flagged.</summary>
    public SignalFlags Flags { get; set; }

    /// <summary>Highest band over the seven signals.</summary>
    public Band MaxBand { get; set; }

    private float _maxScore;

    /// <summary>Highest score over the seven signals. Setting it also sets <see cref="Severity"/>.</summary>
    public float MaxScore
    {
        get => _maxScore;
        set
        {
            _maxScore = value;
            Severity = MessageSeverity.Of(value);
        }
    }

    /// <summary>
    /// <see cref="MaxScore"/> as the whole percentage the queue shows: the review queue's severity sort key (then
    /// newest first). See <see cref="MessageSeverity"/> for why it is not the score itself.
    /// </summary>
    public int Severity { get; private set; }

    public bool Harmful { get; set; }

    public TargetGroupFlags TargetGroups { get; set; }

    /// <summary>Evidence spans as compact JSON (see <see cref="MessageEvidence"/>); null when there is none.</summary>
    public string? EvidenceJson { get; set; }

    public string? ClaimId { get; set; }

    public float? ClaimSimilarity { get; set; }

    // ---- human review -------------------------------------------------------------------------------------------

    public ReviewStatus ReviewStatus { get; set; }

    /// <summary>Colleague who follows the message up (status <see cref="ReviewStatus.Opvolging"/>).</summary>
    public Guid? AssignedUserId { get; set; }

    /// <summary>The signals according to the reviewer (herlabelen); null while no person labelled it.</summary>
    public SignalFlags? Labels { get; set; }

    /// <summary>Set when the retention purge removed the text, handle, url and evidence.</summary>
    public DateTimeOffset? PurgedAt { get; set; }

    /// <summary>The score of one signal (the column comes from <see cref="SignalColumns"/>).</summary>
    public float Score(Signal signal) => SignalColumns.ReadScore(this, signal);
}
