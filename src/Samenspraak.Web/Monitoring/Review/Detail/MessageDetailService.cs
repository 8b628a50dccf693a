using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Review.Calibration;
using Samenspraak.Web.Monitoring.Review.Queue;

namespace Samenspraak.Web.Monitoring.Review.Detail;

/// <summary>
/// Builds the detail view of one message: the audited text with its evidence, each signal explained (the engine
/// re-run with explanations on the stored text), the claim match, the thread around it and the author pseudonym's
/// history. Messages of another municipality are invisible (tenant filter), so the result is null for them.
/// </summary>
public sealed class MessageDetailService(
    AppDbContext db, MessageQuery messages, CalibrationService calibration, AnalyzerProvider analyzers, IServiceProvider services)
{
    public const string AuditPurpose = "signalen-detail";
    public const string ContextAuditPurpose = "signalen-context";

    private const int ThreadDepth = 5;
    private const int RelatedLimit = 10;
    private const int HistoryLimit = 10_000;

    /// <summary>Whether the message exists for the current user (no text read, nothing audited).</summary>
    public Task<bool> ExistsAsync(long id, CancellationToken ct = default) => messages.Messages.AnyAsync(m => m.Id == id, ct);

    public async Task<MessageDetail?> LoadAsync(long id, CancellationToken ct = default)
    {
        var message = await messages.ReadAsync(id, AuditPurpose, ct);
        if (message is null)
        {
            return null;
        }

        var channelName = await db.Set<Channel>().AsNoTracking().Where(c => c.Id == message.ChannelId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var evidence = MessageEvidence.Parse(message.EvidenceJson);
        var applied = await calibration.AppliedAsync(ct);
        var rerun = await ExplainAsync(message, ct);
        var signals = Analysis.Signals.All.Select(signal => new SignalExplanation(
            signal,
            message.Score(signal),
            rerun?[signal].Band ?? BandOf(message, signal),
            message.Flags.Has(signal),
            applied.TryGetValue(signal, out var t) ? message.Score(signal) >= t : message.Flags.Has(signal),
            applied.TryGetValue(signal, out var threshold) ? threshold : null,
            evidence.Where(e => e.Signal == signal).Select(e => e.Reason).Distinct(StringComparer.Ordinal).ToList(),
            rerun?.Explanations?.GetValueOrDefault(signal))).ToList();

        var above = await ThreadAboveAsync(message, ct);
        var replies = await RepliesAsync(message, ct);
        var author = await AuthorHistoryAsync(message, ct);
        var shown = above.Concat(replies).Concat(author?.Recent ?? []).Select(r => r.Id).Distinct().ToList();
        if (shown.Count > 0)
        {
            await messages.AuditTextAccessAsync(shown, ContextAuditPurpose, ct);
        }

        var decisions = await DecisionsAsync(message.Id, ct);
        var assignee = message.AssignedUserId is { } assigned
            ? await db.Users.AsNoTracking().Where(u => u.Id == assigned).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        var claim = rerun?.ClaimMatch is { } match && match.ClaimId == message.ClaimId ? match : null;
        return new MessageDetail(message, channelName, EvidenceHighlighter.Segments(message.Text, evidence), signals,
            above, replies, author, decisions, assignee, claim);
    }

    /// <summary>The engine's plain-Dutch explanations on the stored text; null once the text is purged.</summary>
    private async Task<AnalysisResult?> ExplainAsync(Message message, CancellationToken ct)
    {
        if (message.PurgedAt is not null || string.IsNullOrEmpty(message.Text) || message.AnalysisState != AnalysisState.Analysed)
        {
            return null;
        }

        var analyzer = await analyzers.GetAsync(services, ct);
        return analyzer.Analyze(message.Text, AnalysisOptions.Explained);
    }

    // Without a re-run (purged text) the band is not stored per signal; the message's highest band is only right
    // for its strongest signal, so the others fall back to "laag" unless flagged.
    private static Band BandOf(Message message, Signal signal) =>
        message.Score(signal) >= message.MaxScore ? message.MaxBand : message.Flags.Has(signal) ? Band.Hoog : Band.Laag;

    private async Task<List<RelatedMessage>> ThreadAboveAsync(Message message, CancellationToken ct)
    {
        var chain = new List<RelatedMessage>();
        var parentId = message.ReplyToExternalId;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parentId is not null && chain.Count < ThreadDepth && seen.Add(parentId))
        {
            var parent = await Related(messages.Messages.Where(m => m.ChannelId == message.ChannelId && m.ExternalId == parentId))
                .FirstOrDefaultAsync(ct);
            if (parent is null)
            {
                break;
            }

            chain.Insert(0, parent.ToRelated());
            parentId = parent.ReplyTo;
        }

        return chain;
    }

    private async Task<List<RelatedMessage>> RepliesAsync(Message message, CancellationToken ct)
    {
        if (message.ExternalId is null)
        {
            return [];
        }

        var rows = await Related(messages.Messages
                .Where(m => m.ChannelId == message.ChannelId && m.ReplyToExternalId == message.ExternalId)
                .OrderBy(m => m.PublishedAt).ThenBy(m => m.Id))
            .Take(RelatedLimit).ToListAsync(ct);
        return rows.Select(r => r.ToRelated()).ToList();
    }

    private async Task<AuthorHistory?> AuthorHistoryAsync(Message message, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(message.AuthorPseudonym))
        {
            return null;
        }

        var ofAuthor = messages.Messages.Where(m => m.AuthorPseudonym == message.AuthorPseudonym && m.AnalysisState == AnalysisState.Analysed);
        var stats = await ofAuthor.OrderByDescending(m => m.Id).Take(HistoryLimit)
            .Select(m => new { m.Flags, m.ReviewStatus }).ToListAsync(ct);
        var perSignal = Analysis.Signals.All.ToDictionary(s => s, s => stats.Count(x => x.Flags.Has(s)));
        var recent = await Related(ofAuthor.Where(m => m.Id != message.Id).OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id))
            .Take(RelatedLimit).ToListAsync(ct);
        return new AuthorHistory(stats.Count, perSignal,
            stats.Count(x => x.ReviewStatus == ReviewStatus.Bevestigd), stats.Count(x => x.ReviewStatus == ReviewStatus.Afgewezen),
            recent.Select(r => r.ToRelated()).ToList());
    }

    private async Task<List<DecisionLine>> DecisionsAsync(long messageId, CancellationToken ct)
    {
        var decisions = await db.Set<ReviewDecision>().AsNoTracking().Where(d => d.MessageId == messageId)
            .OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(ct);
        var userIds = decisions.Select(d => d.UserId).Concat(decisions.Where(d => d.AssignedUserId != null).Select(d => d.AssignedUserId!.Value)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return decisions.Select(d => new DecisionLine(d.At, names.GetValueOrDefault(d.UserId) ?? "?", d.Action, d.NewStatus, d.NewLabels,
            d.AssignedUserId is { } a ? names.GetValueOrDefault(a) : null, d.Note)).ToList();
    }

    private static IQueryable<RelatedRow> Related(IQueryable<Message> query) =>
        query.Select(m => new RelatedRow(m.Id, m.PublishedAt, m.MaxBand, m.Flags, m.ReviewStatus, m.Text.Substring(0, 1000), m.EvidenceJson, m.ReplyToExternalId));

    private sealed record RelatedRow(long Id, DateTimeOffset PublishedAt, Band MaxBand, SignalFlags Flags, ReviewStatus Status, string Text, string? EvidenceJson, string? ReplyTo)
    {
        public RelatedMessage ToRelated() =>
            new(Id, PublishedAt, MaxBand, Flags, Status, PersonalDataMask.Snippet(Text, MessageEvidence.Parse(EvidenceJson), 200));
    }
}
