using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Dashboard;

/// <summary>One day of the dashboard: analysed messages, harmful ones and flagged ones per signal.</summary>
public sealed record DashboardDay(DateOnly Day, int Total, int Harmful, IReadOnlyDictionary<Signal, int> Flagged)
{
    public double Share(int count) => Total == 0 ? 0 : 100.0 * count / Total;
}

public sealed record DashboardData(DateOnly From, DateOnly To, IReadOnlyList<DashboardDay> Days, IReadOnlyList<ThemeSummary> TopThemes,
    IReadOnlyList<ThemeSummary> RisingThemes, IReadOnlyList<(DateTimeOffset At, string Title)> OpenAlerts, int OpenAlertCount)
{
    public int Total => Days.Sum(d => d.Total);

    public int Harmful => Days.Sum(d => d.Harmful);

    public int Flagged(Signal signal) => Days.Sum(d => d.Flagged[signal]);
}

/// <summary>
/// Aggregates of the current user's municipality (tenant filter) for the dashboard, its exports and print view:
/// per-day counts from <see cref="SignalDailyCount"/> (a few hundred rows whatever the number of messages), the top
/// and rising themes, and open alerts. No message text.
/// </summary>
public sealed class DashboardReader(AppDbContext db, ThemeReader themes, TimeProvider clock)
{
    public static readonly int[] AllowedDays = [7, 30, 90, 365];

    public static int NormaliseDays(int? days) => days is { } d && AllowedDays.Contains(d) ? d : 30;

    public async Task<DashboardData> ReadAsync(int days, CancellationToken ct = default)
    {
        var to = DateOnly.FromDateTime(Shell.BelgianTime.ToLocal(clock.GetUtcNow()).DateTime);
        var from = to.AddDays(-(days - 1));
        var rows = await db.Set<SignalDailyCount>().AsNoTracking().Where(c => c.Day >= from && c.Day <= to).ToDictionaryAsync(c => c.Day, ct);
        var series = Enumerable.Range(0, days).Select(i => from.AddDays(i)).Select(d => rows.TryGetValue(d, out var r)
                ? new DashboardDay(d, r.Total, r.Harmful, Signals.All.ToDictionary(s => s, r.Flagged))
                : new DashboardDay(d, 0, 0, Signals.All.ToDictionary(s => s, _ => 0)))
            .ToList();
        var open = db.Set<AlertNotification>().AsNoTracking().Where(n => n.ClosedAt == null);
        var openCount = await open.CountAsync(ct);
        var openAlerts = (await open.OrderByDescending(n => n.Id).Take(10).Select(n => new { n.CreatedAt, n.Title }).ToListAsync(ct))
            .Select(n => (n.CreatedAt, n.Title)).ToList();
        return new DashboardData(from, to, series, await themes.ListAsync(ThemeListKind.Top, 10, ct), await themes.ListAsync(ThemeListKind.Rising, 10, ct),
            openAlerts, openCount);
    }
}
