using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// One batch of the theme job in two steps: <see cref="PlanBatchAsync"/> reads the messages and computes the
/// clustering (the CPU work) with plain reads, outside any write transaction and, on SQLite, outside the write turn,
/// so ingest keeps writing meanwhile; <see cref="WriteBatchAsync"/> then stores the result in one transaction, after
/// checking that the cursor it started from is still the stored one.
/// </summary>
public sealed partial class ThemeUpdater
{
    /// <summary>What one batch changes; computed from the state at <see cref="FromCursor"/>.</summary>
    private sealed class BatchPlan
    {
        public required long FromCursor { get; init; }

        public required int MessagesRead { get; init; }

        public required long ToCursor { get; init; }

        public required long Documents { get; init; }

        public required string DocumentFrequencyJson { get; init; }

        /// <summary>The touched themes' new values by number (detached: a new theme has no database id yet).</summary>
        public required Dictionary<long, Theme> Themes { get; init; }

        public required List<(long Number, long MessageId)> Memberships { get; init; }

        public required Dictionary<(long Number, DateOnly Day), (int Count, int Harmful)> ThemeDays { get; init; }

        public required Dictionary<DateOnly, SignalDailyCount> SignalDays { get; init; }
    }

    /// <summary>Reads the next batch up to <paramref name="horizon"/> and clusters it; null when nothing is left.</summary>
    private async Task<BatchPlan?> PlanBatchAsync(Guid municipalityId, long horizon, CancellationToken ct)
    {
        var state = await Of<ThemeClusterState>(municipalityId).AsNoTracking().FirstOrDefaultAsync(ct);
        var cursor = state?.LastMessageId ?? 0;
        // Never pass a message that is still pending: it would be skipped for good once analysed.
        var firstPending = await Of<Message>(municipalityId)
            .Where(m => m.Id > cursor && m.AnalysisState == AnalysisState.Pending)
            .OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
        var batch = await BatchSource(municipalityId, cursor, Math.Min(horizon, (firstPending ?? long.MaxValue) - 1)).Take(BatchSize)
            .Select(m => new { m.Id, m.Text, m.PublishedAt, m.Harmful, m.TargetGroups, m.AnalysisState, m.Flags })
            .ToListAsync(ct);
        if (batch.Count == 0)
        {
            return null;
        }

        var themes = await Of<Theme>(municipalityId).AsNoTracking().ToDictionaryAsync(t => t.Number, ct);
        var clusterer = new ThemeClusterer(
            themes.Values.Select(t => new ThemeModel(t.Number, t.MessageCount, JsonSerializer.Deserialize<Dictionary<string, int>>(t.KeyCountsJson, Json) ?? [])),
            JsonSerializer.Deserialize<Dictionary<string, int>>(state?.DocumentFrequencyJson ?? "{}", Json), state?.Documents ?? 0);
        var themeDays = new Dictionary<(long Number, DateOnly Day), (int Count, int Harmful)>();
        var memberships = new List<(long Number, long MessageId)>();
        var touched = new Dictionary<long, Theme>();
        var signalDays = new Dictionary<DateOnly, SignalDailyCount>();
        foreach (var m in batch)
        {
            if (m.AnalysisState != AnalysisState.Analysed)
            {
                continue;
            }
            var day = BelgianTime.DateOf(m.PublishedAt);
            if (!signalDays.TryGetValue(day, out var signalDay))
            {
                signalDay = new SignalDailyCount { MunicipalityId = municipalityId, Day = day };
                signalDays.Add(day, signalDay);
            }
            signalDay.Add(m.Harmful, s => m.Flags.Has(s));
            if (string.IsNullOrWhiteSpace(m.Text))
            {
                continue;
            }
            var keys = KeyPhraseExtractor.Extract(m.Text, [.. m.TargetGroups.Groups()]);
            if (clusterer.Assign(keys) is not { } assignment)
            {
                continue;
            }
            var number = assignment.ThemeId;
            memberships.Add((number, m.Id));
            var d = themeDays.GetValueOrDefault((number, day));
            themeDays[(number, day)] = (d.Count + 1, d.Harmful + (m.Harmful ? 1 : 0));
            if (!touched.TryGetValue(number, out var theme))
            {
                theme = themes.GetValueOrDefault(number)
                    ?? new Theme { MunicipalityId = municipalityId, Number = number, FirstSeenAt = m.PublishedAt, LastSeenAt = m.PublishedAt };
                touched.Add(number, theme);
            }
            theme.HarmfulCount += m.Harmful ? 1 : 0;
            if (m.PublishedAt < theme.FirstSeenAt)
            {
                theme.FirstSeenAt = m.PublishedAt;
            }
            if (m.PublishedAt > theme.LastSeenAt)
            {
                theme.LastSeenAt = m.PublishedAt;
            }
        }
        foreach (var (number, theme) in touched)
        {
            var model = clusterer[number];
            theme.MessageCount = model.MessageCount;
            theme.KeyCountsJson = JsonSerializer.Serialize(model.KeyCounts, Json);
            var label = clusterer.Label(number);
            theme.Label = label.Length > 300 ? label[..300] : label;
        }

        return new BatchPlan
        {
            FromCursor = cursor,
            MessagesRead = batch.Count,
            ToCursor = batch[^1].Id,
            Documents = clusterer.Documents,
            DocumentFrequencyJson = JsonSerializer.Serialize(clusterer.DocumentFrequency, Json),
            Themes = touched,
            Memberships = memberships,
            ThemeDays = themeDays,
            SignalDays = signalDays,
        };
    }

    /// <summary>
    /// The municipality's analysed messages after <paramref name="cursor"/> up to <paramref name="last"/>, in id order,
    /// read along the primary key. Without ANALYZE statistics (nothing runs ANALYZE on an installation) SQLite takes the
    /// equality on MunicipalityId as very selective and reads the batch through a (MunicipalityId, …) index: it visits
    /// every message of the municipality and sorts those past the cursor with a temporary B-tree, on every batch, so a
    /// batch's cost grew with the table and a catch-up over N messages with N². The unary plus keeps that column out
    /// of index selection, so SQLite walks the rowid range from the cursor and stops after one batch (docs/benchmarks.md,
    /// "Stop 7: theme job at scale"). PostgreSQL keeps statistics and plans the range on the primary key itself.
    /// </summary>
    internal IQueryable<Message> BatchSource(Guid municipalityId, long cursor, long last)
    {
        var messages = db.Database.IsSqlite()
            ? db.Set<Message>().FromSql($"SELECT * FROM \"Messages\" WHERE +\"MunicipalityId\" = {SqliteValues.Guid(municipalityId)}").IgnoreTenantFilter()
            : Of<Message>(municipalityId);
        return messages.AsNoTracking()
            .Where(m => m.Id > cursor && m.Id <= last && m.AnalysisState != AnalysisState.Pending)
            .OrderBy(m => m.Id);
    }

    /// <summary>
    /// Stores a plan inside the batch transaction; null (nothing written) when the stored cursor is no longer the one
    /// the plan started from. Every batch moves the cursor together with the themes it changed, so an unchanged
    /// cursor also means unchanged theme counts and key counts, and the plan is still right.
    /// </summary>
    private async Task<int?> WriteBatchAsync(Guid municipalityId, BatchPlan plan, CancellationToken ct)
    {
        var state = await Of<ThemeClusterState>(municipalityId).FirstOrDefaultAsync(ct);
        if ((state?.LastMessageId ?? 0) != plan.FromCursor)
        {
            return null;
        }
        if (state is null)
        {
            state = new ThemeClusterState { Id = Guid.NewGuid(), MunicipalityId = municipalityId };
            db.Add(state);
        }
        state.LastMessageId = plan.ToCursor;
        state.Documents = plan.Documents;
        state.DocumentFrequencyJson = plan.DocumentFrequencyJson;
        state.UpdatedAt = clock.GetUtcNow();

        // Only the fields the batch maintains: the status fields belong to the evaluation step.
        var numbers = plan.Themes.Keys.ToList();
        var stored = await Of<Theme>(municipalityId).Where(t => numbers.Contains(t.Number)).ToDictionaryAsync(t => t.Number, ct);
        var themes = new Dictionary<long, Theme>();
        foreach (var (number, computed) in plan.Themes)
        {
            if (!stored.TryGetValue(number, out var theme))
            {
                theme = new Theme { MunicipalityId = municipalityId, Number = number };
                db.Add(theme);
            }
            theme.Label = computed.Label;
            theme.KeyCountsJson = computed.KeyCountsJson;
            theme.MessageCount = computed.MessageCount;
            theme.HarmfulCount = computed.HarmfulCount;
            theme.FirstSeenAt = computed.FirstSeenAt;
            theme.LastSeenAt = computed.LastSeenAt;
            themes.Add(number, theme);
        }
        // Save first so new themes have their database ids for the memberships and counts.
        await ThemeMembershipWriter.SaveChangesInTurnAsync(db, ct);

        await ThemeMembershipWriter.InsertAsync(db, municipalityId, plan.Memberships.Select(m => (themes[m.Number].Id, m.MessageId)).ToList(), ct);
        var themeIds = themes.Values.Select(t => t.Id).ToList();
        var existing = await Of<ThemeDailyCount>(municipalityId).Where(c => themeIds.Contains(c.ThemeId)).ToListAsync(ct);
        var existingByKey = existing.ToDictionary(c => (c.ThemeId, c.Day));
        foreach (var ((number, day), (count, harmful)) in plan.ThemeDays)
        {
            var themeId = themes[number].Id;
            if (existingByKey.TryGetValue((themeId, day), out var row))
            {
                row.Count += count;
                row.HarmfulCount += harmful;
            }
            else
            {
                db.Add(new ThemeDailyCount { MunicipalityId = municipalityId, ThemeId = themeId, Day = day, Count = count, HarmfulCount = harmful });
            }
        }
        await AddSignalDaysAsync(municipalityId, plan.SignalDays, ct);
        await ThemeMembershipWriter.SaveChangesInTurnAsync(db, ct);
        db.ChangeTracker.Clear();
        return plan.MessagesRead;
    }

    private async Task AddSignalDaysAsync(Guid municipalityId, Dictionary<DateOnly, SignalDailyCount> batchDays, CancellationToken ct)
    {
        var days = batchDays.Keys.ToList();
        var stored = await Of<SignalDailyCount>(municipalityId).Where(c => days.Contains(c.Day)).ToDictionaryAsync(c => c.Day, ct);
        foreach (var (day, add) in batchDays)
        {
            if (!stored.TryGetValue(day, out var row))
            {
                // A fresh entity per attempt: a retried transaction must not reuse one EF already marked as added.
                row = new SignalDailyCount { MunicipalityId = municipalityId, Day = day };
                db.Add(row);
            }
            row.Total += add.Total;
            row.Harmful += add.Harmful;
            // Every signal's column through SignalColumns, so a new signal is counted here without another line.
            foreach (var signal in Signals.All)
            {
                SignalColumns.WriteCount(row, signal, row.Flagged(signal) + add.Flagged(signal));
            }
        }
    }
}
