using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// Brings one municipality's themes up to date: assigns newly analysed messages to themes (incrementally, in id
/// order, never past a message that is still waiting for analysis so none is skipped), keeps the daily counts,
/// re-evaluates the burst status of the themes, and recomputes campaign, harassment and exposing findings over the
/// recent window. Runs in a scope without a signed-in user, so it reads across the tenant filter explicitly and
/// only ever for the one municipality it was given.
/// </summary>
public sealed partial class ThemeUpdater(AppDbContext db, TimeProvider clock)
{
    public const int BatchSize = 10_000;

    /// <summary>Messages of this many recent days are searched for campaigns, harassment and exposing events.</summary>
    public static readonly TimeSpan FindingWindow = TimeSpan.FromDays(7);

    private const int MaxFindingMessages = 20_000;

    private static readonly JsonSerializerOptions Json = new();

    // One update per municipality at a time within this process (the background job and a test or admin action may
    // overlap). Across processes the unique index on ThemeMessages.MessageId refuses a double assignment; that
    // run fails and the next one continues from the stored cursor.
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Locks = new();

    /// <summary>Runs batches until no analysed message is left; returns how many messages were assigned.</summary>
    public async Task<int> UpdateAsync(Guid municipalityId, CancellationToken ct = default)
    {
        var gate = Locks.GetOrAdd(municipalityId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await UpdateLockedAsync(municipalityId, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> UpdateLockedAsync(Guid municipalityId, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            // Before the batch and outside its transaction: the cursor must not pass ids an open ingest still holds.
            var horizon = await MessageIdHorizon.ReadAsync(db, municipalityId, ct);
            // The clustering runs here, without the write turn; only storing its result takes the turn.
            if (await PlanBatchAsync(municipalityId, horizon, ct) is not { } plan)
            {
                break;
            }
            if (await InTransactionAsync(municipalityId, () => WriteBatchAsync(municipalityId, plan, ct), ct) is not { } done)
            {
                // Another instance stored a batch since the plan was read: plan again from its cursor.
                continue;
            }
            total += done;
            if (done < BatchSize)
            {
                break;
            }
        }
        await EvaluateStatusesAsync(municipalityId, ct);
        await UpdateFindingsAsync(municipalityId, ct);
        return total;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. A batch moves the cursor, the themes, the memberships and the
    /// day counts together, so a crash between its writes can neither advance the cursor without the counts (lost)
    /// nor keep the counts without the cursor (counted twice on the next run). On PostgreSQL a transaction-scoped
    /// advisory lock per municipality makes another instance's theme job wait and then read the moved cursor,
    /// instead of counting the same batch a second time.
    /// </summary>
    private Task<T> InTransactionAsync<T>(Guid municipalityId, Func<Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // A retried attempt starts from the database, not from the entities of the attempt that failed.
            db.ChangeTracker.Clear();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                // SQLite: BEGIN IMMEDIATE takes the file's write lock for the whole batch, so take the module's
                // write turn first. Taking it later (inside the batch) deadlocks against a bulk writer that holds
                // the turn and waits for the lock; the batch's own writers see the open transaction and join it.
                using var turn = db.Database.GetDbConnection() is SqliteConnection sqlite
                    ? await SqliteWriter.EnterAsync(sqlite, ct)
                    : null;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (db.Database.IsNpgsql())
                {
                    var lockName = "samenspraak.themes." + municipalityId.ToString();
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockName}, 0))", ct);
                }

                var result = await work();
                await transaction.CommitAsync(ct);
                return result;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    /// <summary>Every municipality with messages.</summary>
    public async Task<IReadOnlyList<Guid>> MunicipalitiesWithMessagesAsync(CancellationToken ct) =>
        await db.Set<Message>().IgnoreTenantFilter().Select(m => m.MunicipalityId).Distinct().ToListAsync(ct);

    private IQueryable<T> Of<T>(Guid municipalityId) where T : class, IMunicipalityOwned =>
        db.Set<T>().IgnoreTenantFilter().Where(e => e.MunicipalityId == municipalityId);

    /// <summary>Daily and weekly Poisson burst status of every theme seen in the baseline window.</summary>
    private async Task EvaluateStatusesAsync(Guid municipalityId, CancellationToken ct)
    {
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var weeklyBaseline = BurstOptions.Weekly.BaselinePeriods * 7 + 7;
        var from = today.AddDays(-weeklyBaseline);
        var counts = await Of<ThemeDailyCount>(municipalityId).AsNoTracking().Where(c => c.Day >= from && c.Day <= today)
            .Select(c => new { c.ThemeId, c.Day, c.Count }).ToListAsync(ct);
        var byTheme = counts.GroupBy(c => c.ThemeId).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Day, c => c.Count));
        var recentIds = byTheme.Keys.ToList();
        var themes = await Of<Theme>(municipalityId)
            .Where(t => t.DailyStatus != TrendStatus.Stable || t.WeeklyStatus != TrendStatus.Stable || recentIds.Contains(t.Id))
            .ToListAsync(ct);
        foreach (var theme in themes)
        {
            var days = byTheme.GetValueOrDefault(theme.Id) ?? [];
            var dailyHistory = Enumerable.Range(1, BurstOptions.Daily.BaselinePeriods).Reverse().Select(i => days.GetValueOrDefault(today.AddDays(-i))).ToList();
            var dailyResult = BurstDetector.Evaluate(dailyHistory, days.GetValueOrDefault(today), BurstOptions.Daily);
            var weekSums = Enumerable.Range(0, BurstOptions.Weekly.BaselinePeriods + 1).Reverse()
                .Select(w => Enumerable.Range(0, 7).Sum(d => days.GetValueOrDefault(today.AddDays(-(w * 7) - d)))).ToList();
            var weeklyResult = BurstDetector.Evaluate(weekSums.Take(weekSums.Count - 1).ToList(), weekSums[^1], BurstOptions.Weekly);
            theme.DailyStatus = dailyResult.Status;
            theme.WeeklyStatus = weeklyResult.Status;
            theme.DailyObserved = dailyResult.Observed;
            theme.DailyExpected = dailyResult.Expected;
            theme.DailyPValue = dailyResult.PValue;
            theme.EvaluatedDay = today;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Replaces the municipality's findings with those of the recent window.</summary>
    private async Task UpdateFindingsAsync(Guid municipalityId, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - FindingWindow;
        var recent = await Of<Message>(municipalityId).AsNoTracking()
            .Where(m => m.AnalysisState == AnalysisState.Analysed && m.PublishedAt >= since && m.Text != "")
            .OrderByDescending(m => m.Id).Take(MaxFindingMessages)
            .Select(m => new { m.Id, m.AuthorPseudonym, m.PublishedAt, m.Text, m.Flags })
            .ToListAsync(ct);
        var toxic = MessageFlags.Of(Signal.Hate) | MessageFlags.Of(Signal.Toxicity) | MessageFlags.Of(Signal.Threat) | MessageFlags.Of(Signal.Dehumanisation);
        var messages = recent.OrderBy(m => m.Id)
            .Select(m => new TrendMessage(m.Id, m.AuthorPseudonym ?? "?", m.PublishedAt, m.Text, (m.Flags & toxic) != 0, m.Flags.Has(Signal.Doxxing)))
            .ToList();
        var ids = messages.Select(m => m.Id).ToList();
        var themeOf = await Of<ThemeMessage>(municipalityId).AsNoTracking().Where(t => ids.Contains(t.MessageId))
            .ToDictionaryAsync(t => t.MessageId, t => t.ThemeId, ct);
        var now = clock.GetUtcNow();
        var findings = new List<ThemeFinding>();
        foreach (var c in CampaignDetector.Detect(messages))
        {
            findings.Add(Finding(FindingKind.Campaign, null, c.MessageIds, c.DistinctAuthors, c.Start, c.End));
        }
        foreach (var h in HarassmentDetector.TargetedPeople(messages))
        {
            findings.Add(Finding(FindingKind.Harassment, h.Person, h.MessageIds, h.DistinctAuthors, h.Start, h.End));
        }
        foreach (var a in HarassmentDetector.AbusiveAuthors(messages))
        {
            var own = messages.Where(m => m.Author == a.Author && m.Toxic).ToList();
            findings.Add(Finding(FindingKind.AbusiveAuthor, a.Author, own.Select(m => m.Id).ToList(), 1, own[0].At, own[^1].At));
        }
        foreach (var e in ExposingDetector.Detect(messages))
        {
            findings.Add(Finding(FindingKind.Exposing, e.Person, e.MessageIds, e.DistinctAuthors, e.Start, e.End));
        }
        // Replaced atomically: a crash or a second instance must not leave the list empty or doubled.
        await InTransactionAsync(municipalityId, async () =>
        {
            await Of<ThemeFinding>(municipalityId).ExecuteDeleteAsync(ct);
            db.AddRange(findings);
            return await db.SaveChangesAsync(ct);
        }, ct);
        db.ChangeTracker.Clear();

        ThemeFinding Finding(FindingKind kind, string? subject, IReadOnlyList<long> messageIds, int authors, DateTimeOffset start, DateTimeOffset end)
        {
            // The theme most of the finding's messages belong to (ties: the lowest id).
            var theme = messageIds.Where(themeOf.ContainsKey).GroupBy(id => themeOf[id])
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefault();
            return new ThemeFinding
            {
                MunicipalityId = municipalityId,
                ThemeId = theme,
                Kind = kind,
                Subject = subject is { Length: > 200 } ? subject[..200] : subject,
                MessageCount = messageIds.Count,
                DistinctAuthors = authors,
                MessageIdsJson = JsonSerializer.Serialize(messageIds.Take(50), Json),
                StartAt = start,
                EndAt = end,
                DetectedAt = now,
            };
        }
    }
}
