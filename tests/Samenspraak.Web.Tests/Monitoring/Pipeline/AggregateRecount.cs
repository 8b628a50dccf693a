using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Tests.Monitoring.Pipeline;

/// <summary>
/// Recounts, for one municipality, what the theme job maintains incrementally (per day the total, harmful and
/// per-signal counts; per theme and day the members and harmful members; per theme the totals) from the analysed
/// messages and the memberships, and asserts the stored counters are the same: counted twice or lost shows up.
/// </summary>
internal static class AggregateRecount
{
    public static async Task AssertEqualAsync(AppDbContext db, Guid municipality, CancellationToken ct)
    {
        var messages = await db.Set<Message>().IgnoreTenantFilter().AsNoTracking()
            .Where(m => m.MunicipalityId == municipality && m.AnalysisState == AnalysisState.Analysed)
            .Select(m => new { m.Id, m.PublishedAt, m.Harmful, m.Flags })
            .ToDictionaryAsync(m => m.Id, ct);
        Assert.NotEmpty(messages);

        var expectedDays = messages.Values.GroupBy(m => DayOf(m.PublishedAt)).ToDictionary(
            g => g.Key,
            g => (int[])[g.Count(), g.Count(m => m.Harmful), .. Signals.All.Select(s => g.Count(m => m.Flags.Has(s)))]);
        var storedDays = await db.Set<SignalDailyCount>().IgnoreTenantFilter().AsNoTracking()
            .Where(c => c.MunicipalityId == municipality).ToListAsync(ct);
        AssertSame("SignalDailyCounts (total, harmful, per signal)", expectedDays,
            storedDays.ToDictionary(c => c.Day, c => (int[])[c.Total, c.Harmful, .. Signals.All.Select(c.Flagged)]));

        var memberships = await db.Set<ThemeMessage>().IgnoreTenantFilter().AsNoTracking()
            .Where(t => t.MunicipalityId == municipality).Select(t => new { t.ThemeId, t.MessageId }).ToListAsync(ct);
        Assert.NotEmpty(memberships);
        Assert.All(memberships.GroupBy(t => t.MessageId), g => Assert.Single(g));
        Assert.All(memberships, t => Assert.True(messages.ContainsKey(t.MessageId), $"Member {t.MessageId} is not an analysed message."));

        var expectedThemeDays = memberships.GroupBy(t => (t.ThemeId, DayOf(messages[t.MessageId].PublishedAt)))
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(t => messages[t.MessageId].Harmful) });
        var storedThemeDays = await db.Set<ThemeDailyCount>().IgnoreTenantFilter().AsNoTracking()
            .Where(c => c.MunicipalityId == municipality).ToListAsync(ct);
        AssertSame("ThemeDailyCounts (count, harmful)", expectedThemeDays,
            storedThemeDays.ToDictionary(c => (c.ThemeId, c.Day), c => new[] { c.Count, c.HarmfulCount }));

        var expectedThemes = memberships.GroupBy(t => t.ThemeId)
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(t => messages[t.MessageId].Harmful) });
        var storedThemes = await db.Set<Theme>().IgnoreTenantFilter().AsNoTracking()
            .Where(t => t.MunicipalityId == municipality && t.MessageCount > 0).ToListAsync(ct);
        AssertSame("Themes (message count, harmful count)", expectedThemes,
            storedThemes.ToDictionary(t => t.Id, t => new[] { t.MessageCount, t.HarmfulCount }));
    }

    private static DateOnly DayOf(DateTimeOffset moment) => BelgianTime.DateOf(moment);

    private static void AssertSame<TKey>(string what, Dictionary<TKey, int[]> expected, Dictionary<TKey, int[]> stored)
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
                differences.Append(CultureInfo.InvariantCulture, $"\n  {key}: recount [{Show(want)}], stored [{Show(have)}]");
            }
        }

        Assert.True(count == 0, $"{what}: {count} rows differ from the recount:{differences}");

        static string Show(int[]? values) => values is null ? "none" : string.Join(", ", values);
    }
}
