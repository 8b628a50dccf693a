using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Privacy;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion;

/// <summary>The outcome of one item of a batch.</summary>
public enum IngestOutcome
{
    Accepted,
    Duplicate,
    Rejected,
}

/// <summary>Per-item result; <see cref="Error"/> is a Dutch reason for rejected items.</summary>
public readonly record struct IngestItemResult(IngestOutcome Outcome, string? Error);

/// <summary>
/// The one door through which messages enter (upload, push API, feeds, demo data): validates each item,
/// pseudonymises the author, computes the dedupe fingerprint and stores the batch with the bulk writer. Items that
/// are already stored (same channel and external id, or same fingerprint) count as duplicates, so every path is
/// idempotent on retries. After each batch that stored something, the analysis worker is woken (for rows stored
/// pending) and so are the theme and alert jobs: with analysis at ingest the rows are already analysed, and the worker,
/// finding nothing to claim, would never tell those jobs, which then waited for their full interval.
/// </summary>
public sealed class MessageIngestor(
    Pseudonymizer pseudonymizer, MessageBulkWriter writer, PipelineSignal signal, AnalysisStoredSignal analysisStored, TimeProvider clock)
{
    public async Task<IngestItemResult[]> IngestAsync(Channel channel, IReadOnlyList<IncomingMessage> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(items);
        var results = new IngestItemResult[items.Count];
        var pseudonyms = await pseudonymizer.ForAsync(channel.MunicipalityId, ct);
        var now = clock.GetUtcNow();
        var prepared = new List<NewMessage>(items.Count);
        var positions = new List<int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var error = Validate(items[i]);
            if (error is not null)
            {
                results[i] = new IngestItemResult(IngestOutcome.Rejected, error);
                continue;
            }

            prepared.Add(Prepare(channel, items[i], pseudonyms, now));
            positions.Add(i);
        }

        if (prepared.Count > 0)
        {
            var inserted = await writer.InsertAsync(prepared, ct);
            for (var j = 0; j < prepared.Count; j++)
            {
                results[positions[j]] = new IngestItemResult(inserted[j] ? IngestOutcome.Accepted : IngestOutcome.Duplicate, null);
            }

            if (inserted.Any(x => x))
            {
                signal.Notify();
                // The jobs are debounced (WakeupGapSeconds) and skip pending rows, so waking them per batch is cheap.
                analysisStored.Notify();
            }
        }

        return results;
    }

    /// <summary>The Dutch reason why an item cannot be stored, or null when it is fine.</summary>
    public static string? Validate(IncomingMessage item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return MonitoringText.Text["Ingest.TextMissing"];
        }

        if (item.Text.Length > IngestionLimits.MaxTextLength)
        {
            return MonitoringText.Text.Format("Ingest.TextTooLong", IngestionLimits.MaxTextLength);
        }

        if (item.ExternalId?.Trim().Length > IngestionLimits.MaxExternalIdLength
            || item.ReplyToExternalId?.Trim().Length > IngestionLimits.MaxExternalIdLength)
        {
            return MonitoringText.Text.Format("Ingest.IdTooLong", IngestionLimits.MaxExternalIdLength);
        }

        if (item.Author?.Trim().Length > IngestionLimits.MaxAuthorLength)
        {
            return MonitoringText.Text.Format("Ingest.AuthorTooLong", IngestionLimits.MaxAuthorLength);
        }

        if (item.Url is { Length: > 0 } url
            && (url.Length > IngestionLimits.MaxUrlLength
                || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")))
        {
            return MonitoringText.Text["Ingest.UrlInvalid"];
        }

        return null;
    }

    private static NewMessage Prepare(Channel channel, IncomingMessage item, PseudonymFunction pseudonyms, DateTimeOffset now)
    {
        var externalId = Blank(item.ExternalId);
        var author = Blank(item.Author);
        var pseudonym = pseudonyms.Of(author);
        var text = item.Text!;
        return new NewMessage(
            channel.MunicipalityId,
            channel.Id,
            externalId,
            MessageFingerprint.Of(externalId, text, pseudonym, item.PublishedAt),
            text,
            pseudonym,
            channel.StoreRawHandles ? author : null,
            Blank(item.Url),
            Blank(item.ReplyToExternalId),
            (item.PublishedAt ?? now).ToUniversalTime(),
            now);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
