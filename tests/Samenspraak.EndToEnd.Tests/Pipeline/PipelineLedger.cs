using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Shell;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>Where the analysis queue stands: messages per state, and the pending ones that a worker holds a lease on.</summary>
internal readonly record struct QueueCounts(int Pending, int Analysed, int Failed, int Leased)
{
    public int Total => Pending + Analysed + Failed;
}

/// <summary>
/// Reads the pipeline's state from the database and recounts the aggregates the pipeline maintains from the
/// <c>Messages</c> table itself, so a test can prove that nothing was lost and nothing was counted twice.
/// </summary>
internal static class PipelineLedger
{
    public static async Task<QueueCounts> CountAsync(PipelineDatabase database)
    {
        await using var db = database.Open();
        var rows = await db.Set<Message>().IgnoreQueryFilters()
            .GroupBy(m => new { m.AnalysisState, Leased = m.LeaseId != null })
            .Select(g => new { g.Key.AnalysisState, g.Key.Leased, Count = g.Count() })
            .ToListAsync();
        return new QueueCounts(
            rows.Where(r => r.AnalysisState == AnalysisState.Pending).Sum(r => r.Count),
            rows.Where(r => r.AnalysisState == AnalysisState.Analysed).Sum(r => r.Count),
            rows.Where(r => r.AnalysisState == AnalysisState.Failed).Sum(r => r.Count),
            rows.Where(r => r.AnalysisState == AnalysisState.Pending && r.Leased).Sum(r => r.Count));
    }

    /// <summary>True when nothing waits for analysis and the theme job has walked past every message.</summary>
    public static async Task<bool> SettledAsync(PipelineDatabase database)
    {
        await using var db = database.Open();
        if (await db.Set<Message>().IgnoreQueryFilters().AnyAsync(m => m.AnalysisState == AnalysisState.Pending))
        {
            return false;
        }

        var newest = await db.Set<Message>().IgnoreQueryFilters().GroupBy(m => m.MunicipalityId)
            .Select(g => new { Municipality = g.Key, Max = g.Max(m => m.Id) }).ToListAsync();
        var cursors = await db.Set<ThemeClusterState>().IgnoreQueryFilters()
            .ToDictionaryAsync(s => s.MunicipalityId, s => s.LastMessageId);
        return newest.All(n => cursors.TryGetValue(n.Municipality, out var cursor) && cursor >= n.Max);
    }

    /// <summary>
    /// Asserts that <see cref="SignalDailyCount"/>, <see cref="ThemeDailyCount"/> and the theme counters equal a
    /// recount from the analysed messages and the theme memberships: an aggregate counted twice (or lost) after a
    /// crash or by two instances shows up as a difference.
    /// </summary>
    public static async Task AssertAggregatesEqualRecountAsync(PipelineDatabase database)
    {
        await using var db = database.Open();
        var messages = await db.Set<Message>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.AnalysisState == AnalysisState.Analysed)
            .Select(m => new { m.Id, m.MunicipalityId, m.PublishedAt, m.Harmful, m.Flags })
            .ToDictionaryAsync(m => m.Id);
        Assert.NotEmpty(messages);

        var expectedSignals = new Dictionary<(Guid, DateOnly), int[]>();
        foreach (var m in messages.Values)
        {
            var key = (m.MunicipalityId, DayOf(m.PublishedAt));
            if (!expectedSignals.TryGetValue(key, out var row))
            {
                row = new int[2 + Signals.Count];
                expectedSignals.Add(key, row);
            }

            row[0]++;
            row[1] += m.Harmful ? 1 : 0;
            foreach (var signal in Signals.All)
            {
                row[2 + (int)signal] += m.Flags.Has(signal) ? 1 : 0;
            }
        }

        var storedSignals = (await db.Set<SignalDailyCount>().IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .ToDictionary(c => (c.MunicipalityId, c.Day), c => (int[])[c.Total, c.Harmful, .. Signals.All.Select(c.Flagged)]);
        AssertSameCounts("SignalDailyCounts (total, harmful, per signal)", expectedSignals, storedSignals);

        var memberships = await db.Set<ThemeMessage>().IgnoreQueryFilters().AsNoTracking()
            .Select(t => new { t.ThemeId, t.MessageId }).ToListAsync();
        Assert.NotEmpty(memberships);
        var twice = memberships.GroupBy(t => t.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.True(twice.Count == 0, "Messages assigned to a theme more than once: " + string.Join(", ", twice));
        var orphans = memberships.Where(t => !messages.ContainsKey(t.MessageId)).Select(t => t.MessageId).Take(5).ToList();
        Assert.True(orphans.Count == 0, "Theme members that are not analysed messages: " + string.Join(", ", orphans));

        var expectedDaily = memberships
            .GroupBy(t => (t.ThemeId, DayOf(messages[t.MessageId].PublishedAt)))
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(t => messages[t.MessageId].Harmful) });
        var storedDaily = (await db.Set<ThemeDailyCount>().IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .ToDictionary(c => (c.ThemeId, c.Day), c => new[] { c.Count, c.HarmfulCount });
        AssertSameCounts("ThemeDailyCounts (count, harmful)", expectedDaily, storedDaily);

        var expectedThemes = memberships.GroupBy(t => t.ThemeId)
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(t => messages[t.MessageId].Harmful) });
        var storedThemes = (await db.Set<Theme>().IgnoreQueryFilters().AsNoTracking().ToListAsync())
            .Where(t => t.MessageCount > 0 || expectedThemes.ContainsKey(t.Id))
            .ToDictionary(t => t.Id, t => new[] { t.MessageCount, t.HarmfulCount });
        AssertSameCounts("Themes (message count, harmful count)", expectedThemes, storedThemes);

        // Kanalen's per-channel counts (triggers, ADR 008): every stored message, whatever its analysis state.
        var expectedChannels = (await db.Set<Message>().IgnoreQueryFilters().GroupBy(m => m.ChannelId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).ToDictionary(g => g.Key, g => new[] { g.Count });
        var storedChannels = (await db.Database.SqlQueryRaw<ChannelCountRow>("SELECT \"ChannelId\", \"Messages\" FROM \"ChannelMessageCounts\"").ToListAsync())
            .GroupBy(r => r.ChannelId).Select(g => (g.Key, Count: (int)g.Sum(r => r.Messages))).Where(c => c.Count != 0)
            .ToDictionary(c => c.Key, c => new[] { c.Count });
        AssertSameCounts("ChannelMessageCounts (messages per channel)", expectedChannels, storedChannels);
    }

    private sealed record ChannelCountRow(Guid ChannelId, long Messages);

    private static DateOnly DayOf(DateTimeOffset moment) => BelgianTime.DateOf(moment);

    private static void AssertSameCounts<TKey>(string what, Dictionary<TKey, int[]> expected, Dictionary<TKey, int[]> stored)
        where TKey : notnull
    {
        var differences = new StringBuilder();
        var count = 0;
        foreach (var key in expected.Keys.Union(stored.Keys))
        {
            var want = expected.GetValueOrDefault(key);
            var have = stored.GetValueOrDefault(key);
            if (want is not null && have is not null && want.SequenceEqual(have))
            {
                continue;
            }

            if (++count <= 10)
            {
                differences.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  {key}: recount [{Show(want)}], stored [{Show(have)}]");
            }
        }

        Assert.True(count == 0, $"{what}: {count} rows differ from the recount:{differences}");

        static string Show(int[]? values) => values is null ? "none" : string.Join(", ", values);
    }
}
