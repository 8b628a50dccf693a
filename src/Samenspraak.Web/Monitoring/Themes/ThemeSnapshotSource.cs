using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Themes;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// Monitoring's side of <see cref="IThemeSnapshotSource"/>. The caller names the municipality (an action plan of a
/// partnership asks per member), so the tenant filter is lifted and replaced by an explicit municipality condition.
/// </summary>
internal sealed class ThemeSnapshotSource(AppDbContext db, TimeProvider clock) : IThemeSnapshotSource
{
    public async Task<IReadOnlyList<ThemeSnapshotRow>> GetTopThemesAsync(Guid municipalityId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var today = DateOnly.FromDateTime(Shell.BelgianTime.ToLocal(clock.GetUtcNow()).DateTime);
        var from = today.AddDays(-(IThemeSnapshotSource.RecentDays - 1));
        var counts = db.Set<ThemeDailyCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.MunicipalityId == municipalityId);
        var rows = await db.Set<Theme>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.MunicipalityId == municipalityId && t.MessageCount >= ThemeReader.MinVisibleMessages)
            .Select(t => new { t, Recent = counts.Where(c => c.ThemeId == t.Id && c.Day >= from && c.Day <= today).Sum(c => (int?)c.Count) ?? 0 })
            .Where(x => x.Recent > 0)
            .OrderByDescending(x => x.Recent).ThenByDescending(x => x.t.MessageCount).ThenBy(x => x.t.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new ThemeSnapshotRow(x.t.Id, x.t.Label, x.t.MessageCount, x.Recent, x.t.HarmfulCount,
            Trend(x.t.DailyStatus, x.t.WeeklyStatus), x.t.LastSeenAt))];
    }

    /// <summary>"New" outranks "rising": a theme that did not exist before is the stronger news.</summary>
    private static ThemeTrend Trend(TrendStatus daily, TrendStatus weekly) =>
        daily == TrendStatus.New || weekly == TrendStatus.New ? ThemeTrend.New
        : daily == TrendStatus.Rising || weekly == TrendStatus.Rising ? ThemeTrend.Rising
        : ThemeTrend.Stable;
}
