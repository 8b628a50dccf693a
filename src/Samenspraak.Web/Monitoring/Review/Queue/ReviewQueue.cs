using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Calibration;
using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// Pages of the Signalen queue with keyset paging on the indexes of the message table: severity pages continue after
/// (Severity, Id), recency pages after (ReceivedAt, Id). Only the columns a row shows are read, the text cut short
/// in the database, personal data masked, and the ids shown audited as a text view. A theme filter is an EXISTS on
/// ThemeMessages (index ThemeId, MessageId); that table is tenant-filtered too, so another municipality's theme id
/// simply matches nothing.
/// </summary>
public sealed class ReviewQueue(MessageQuery messages, CalibrationService calibration, AppDbContext db)
{
    /// <summary>Enough text for a snippet; evidence spans beyond it are not visible in the snippet anyway.</summary>
    private const int TextPrefix = 1000;

    public const string AuditPurpose = "signalen-lijst";

    public Task<QueuePage> PageAsync(QueueRequest request, CancellationToken ct = default) => PageAsync(request, AuditPurpose, ct);

    /// <summary>A page read for another purpose than the Signalen list (e.g. the read API); the audit entry names it.</summary>
    public async Task<QueuePage> PageAsync(QueueRequest request, string purpose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var applied = await calibration.AppliedAsync(ct);
        var filter = request.Filter;
        var calibratedSignal = filter.Signal is { } s && applied.TryGetValue(s, out var threshold) ? (s, threshold) : ((Signal, float)?)null;
        var query = messages.Filtered(calibratedSignal is null ? filter : filter with { Signal = null });
        if (calibratedSignal is { } calibrated)
        {
            query = query.Where(SignalColumns.AtLeast(calibrated.Item1, calibrated.Item2));
        }

        if (request.ThemeId is { } themeId)
        {
            var members = db.Set<ThemeMessage>();
            query = query.Where(m => members.Any(t => t.ThemeId == themeId && t.MessageId == m.Id));
        }

        // "key <= last AND (key < last OR id < lastId)": the same rows as "(key, id) < (last, lastId)", written so the
        // database gets a range bound on the sort key and starts the index walk at the cursor instead of the top.
        if (request.After is { } after)
        {
            if (filter.Sort == MessageSort.Recency)
            {
                var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
                query = query.Where(m => m.ReceivedAt <= at && (m.ReceivedAt < at || m.Id < after.Id));
            }
            else
            {
                query = query.Where(m => m.Severity <= after.Severity && (m.Severity < after.Severity || m.Id < after.Id));
            }
        }

        var size = Math.Clamp(request.PageSize, 1, MessageQuery.MaxPageSize);
        var raw = await query
            .Select(SignalColumns.WithScores((m, scores) => new RawRow(m.Id, m.ChannelId, m.PublishedAt, m.ReceivedAt, m.ReviewStatus,
                m.MaxBand, m.MaxScore, m.Severity, m.Flags, m.Labels, m.TargetGroups, m.Text.Substring(0, TextPrefix), m.EvidenceJson,
                m.PurgedAt != null, m.AssignedUserId, scores)))
            .Take(size + 1)
            .ToListAsync(ct);
        var hasNext = raw.Count > size;
        if (hasNext)
        {
            raw.RemoveAt(raw.Count - 1);
        }

        var rows = raw.Select(r => new QueueRow(
            r.Id, r.ChannelId, r.PublishedAt, r.Status, r.MaxBand, r.MaxScore,
            ScoreColumns.Effective(r.Flags, r.Score, applied), r.Labels, r.TargetGroups,
            PersonalDataMask.Snippet(r.Text, MessageEvidence.Parse(r.EvidenceJson)), r.Purged, r.AssignedUserId)).ToList();
        if (rows.Count > 0)
        {
            await messages.AuditTextAccessAsync(rows.Select(r => r.Id), purpose, ct);
        }

        var last = raw.LastOrDefault();
        return new QueuePage(rows, hasNext && last is not null ? new QueueCursor(last.Severity, last.ReceivedAt.UtcTicks, last.Id) : null);
    }

    private sealed record RawRow(
        long Id, Guid ChannelId, DateTimeOffset PublishedAt, DateTimeOffset ReceivedAt, ReviewStatus Status, Band MaxBand, float MaxScore,
        int Severity, SignalFlags Flags, SignalFlags? Labels, TargetGroupFlags TargetGroups, string Text, string? EvidenceJson, bool Purged,
        Guid? AssignedUserId, float[] Scores)
    {
        public float Score(Signal signal) => Scores[(int)signal];
    }
}
