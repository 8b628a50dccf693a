using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>Which themes a list shows.</summary>
public enum ThemeListKind
{
    /// <summary>Most messages in the last 28 days.</summary>
    Top = 0,

    /// <summary>Daily or weekly status "rising".</summary>
    Rising = 1,

    /// <summary>Daily or weekly status "new".</summary>
    New = 2,
}

public sealed record ThemeSummary(long Id, string Label, int MessageCount, int HarmfulCount, int RecentCount, TrendStatus DailyStatus,
    TrendStatus WeeklyStatus, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

public sealed record ThemeDayPoint(DateOnly Day, int Count, int HarmfulCount);

public sealed record ThemeSignalCount(Signal Signal, int Count);

public sealed record ThemeChannelCount(Guid ChannelId, string Name, int Count);

public sealed record ThemeFindingView(FindingKind Kind, string? Subject, int MessageCount, int DistinctAuthors, DateTimeOffset StartAt, DateTimeOffset EndAt, IReadOnlyList<long> MessageIds);

/// <summary>Everything about a theme except message text (that goes through <see cref="MessageQuery"/>, audited).</summary>
public sealed record ThemeDetail(
    ThemeSummary Summary,
    int DailyObserved,
    double DailyExpected,
    double DailyPValue,
    IReadOnlyList<KeyValuePair<string, int>> TopKeys,
    IReadOnlyList<ThemeDayPoint> Days,
    IReadOnlyList<ThemeSignalCount> Signals,
    IReadOnlyList<ThemeChannelCount> Channels,
    IReadOnlyList<ThemeFindingView> Findings,
    IReadOnlyList<TargetGroup> TargetGroups);

/// <summary>
/// Reads themes of the current user's municipality (tenant filter) for pages, the API and the alert evaluator.
/// Aggregates only: no message text leaves this class.
/// </summary>
public sealed class ThemeReader(AppDbContext db, TimeProvider clock)
{
    public const int ChartDays = 28;

    /// <summary>Lists show themes from this many messages on (docs/trends.md).</summary>
    public static readonly int MinVisibleMessages = new ThemeClusterOptions().MinVisibleMessages;

    public async Task<IReadOnlyList<ThemeSummary>> ListAsync(ThemeListKind kind, int limit, CancellationToken ct = default)
    {
        var today = Today();
        var from = today.AddDays(-(ChartDays - 1));
        // Themes of one or two loose messages are kept (they may grow) but are not a theme a person can act on yet.
        var themes = db.Set<Theme>().AsNoTracking().Where(t => t.MessageCount >= MinVisibleMessages);
        themes = kind switch
        {
            ThemeListKind.New => themes.Where(t => t.DailyStatus == TrendStatus.New || t.WeeklyStatus == TrendStatus.New),
            ThemeListKind.Rising => themes.Where(t => t.DailyStatus == TrendStatus.Rising || t.WeeklyStatus == TrendStatus.Rising),
            _ => themes,
        };
        var counts = db.Set<ThemeDailyCount>().AsNoTracking();
        var rows = await themes
            .Select(t => new { t, Recent = counts.Where(c => c.ThemeId == t.Id && c.Day >= from && c.Day <= today).Sum(c => (int?)c.Count) ?? 0 })
            .OrderByDescending(x => x.Recent).ThenByDescending(x => x.t.MessageCount).ThenBy(x => x.t.Id)
            .Take(limit)
            .ToListAsync(ct);
        return [.. rows.Select(x => Summary(x.t, x.Recent))];
    }

    public async Task<ThemeDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        var theme = await db.Set<Theme>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null)
        {
            return null;
        }
        var today = Today();
        var from = today.AddDays(-(ChartDays - 1));
        var counts = await db.Set<ThemeDailyCount>().AsNoTracking().Where(c => c.ThemeId == id && c.Day >= from && c.Day <= today)
            .ToDictionaryAsync(c => c.Day, ct);
        var days = Enumerable.Range(0, ChartDays).Select(i => from.AddDays(i))
            .Select(d => counts.TryGetValue(d, out var c) ? new ThemeDayPoint(d, c.Count, c.HarmfulCount) : new ThemeDayPoint(d, 0, 0)).ToList();

        var members = db.Set<Message>().AsNoTracking()
            .Where(m => db.Set<ThemeMessage>().Any(t => t.ThemeId == id && t.MessageId == m.Id));
        var flags = await members.GroupBy(m => m.Flags).Select(g => new { Flags = g.Key, Count = g.Count() }).ToListAsync(ct);
        var signals = Analysis.Signals.All.Select(s => new ThemeSignalCount(s, flags.Where(f => f.Flags.Has(s)).Sum(f => f.Count)))
            .Where(s => s.Count > 0).ToList();
        var groups = await members.GroupBy(m => m.TargetGroups).Select(g => new { Groups = g.Key, Count = g.Count() }).ToListAsync(ct);
        var targetGroups = TargetGroups.All.Where(g => g != TargetGroup.Other && groups.Any(x => x.Groups.Has(g))).ToList();
        var channelCounts = await members.GroupBy(m => m.ChannelId).Select(g => new { ChannelId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var channelIds = channelCounts.Select(c => c.ChannelId).ToList();
        var names = await db.Set<Channel>().AsNoTracking().Where(c => channelIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var channels = channelCounts.Select(c => new ThemeChannelCount(c.ChannelId, names.GetValueOrDefault(c.ChannelId, "?"), c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var findings = await db.Set<ThemeFinding>().AsNoTracking().Where(f => f.ThemeId == id).ToListAsync(ct);
        var keys = JsonSerializer.Deserialize<Dictionary<string, int>>(theme.KeyCountsJson) ?? [];
        var topKeys = keys.Where(k => KeyPhrase.KindOf(k.Key) != KeyKind.TargetGroup)
            .OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Take(12).ToList();
        return new ThemeDetail(Summary(theme, days.Sum(d => d.Count)), theme.DailyObserved, theme.DailyExpected, theme.DailyPValue, topKeys, days,
            signals, channels, [.. findings.OrderBy(f => f.Kind).ThenByDescending(f => f.MessageCount).Select(View)], targetGroups);
    }

    /// <summary>Ids of the theme's most severe messages (highest score first), for the example list.</summary>
    public async Task<IReadOnlyList<long>> ExampleIdsAsync(long id, int limit, CancellationToken ct = default) =>
        await db.Set<Message>().AsNoTracking()
            .Where(m => db.Set<ThemeMessage>().Any(t => t.ThemeId == id && t.MessageId == m.Id) && m.Text != "")
            .OrderByDescending(m => m.MaxScore).ThenByDescending(m => m.Id)
            .Select(m => m.Id).Take(limit).ToListAsync(ct);

    /// <summary>Findings not attached to any theme (e.g. a pestaccount spread over many themes), newest first.</summary>
    public async Task<IReadOnlyList<ThemeFindingView>> UnattachedFindingsAsync(CancellationToken ct = default) =>
        [.. (await db.Set<ThemeFinding>().AsNoTracking().Where(f => f.ThemeId == null).ToListAsync(ct))
            .OrderByDescending(f => f.EndAt).Select(View)];

    private DateOnly Today() => DateOnly.FromDateTime(Shell.BelgianTime.ToLocal(clock.GetUtcNow()).DateTime);

    private static ThemeSummary Summary(Theme t, int recent) =>
        new(t.Id, t.Label, t.MessageCount, t.HarmfulCount, recent, t.DailyStatus, t.WeeklyStatus, t.FirstSeenAt, t.LastSeenAt);

    private static ThemeFindingView View(ThemeFinding f) =>
        new(f.Kind, f.Subject, f.MessageCount, f.DistinctAuthors, f.StartAt, f.EndAt, JsonSerializer.Deserialize<long[]>(f.MessageIdsJson) ?? []);
}
