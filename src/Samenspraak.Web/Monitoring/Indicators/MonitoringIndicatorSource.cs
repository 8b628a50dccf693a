using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Indicators;

namespace Samenspraak.Web.Monitoring.Indicators;

/// <summary>
/// Publishes Monitoring's indicators for action-plan KPIs and the dashboard: the share (percentage) of analysed
/// messages flagged per signal ("monitoring.share.hate", ...), the share of harmful messages
/// ("monitoring.share.harmful") and the number of analysed messages ("monitoring.volume"), per day, week or month.
/// Reads the per-day aggregates of <see cref="SignalDailyCount"/>, always for the one municipality asked for.
/// </summary>
public sealed class MonitoringIndicatorSource(AppDbContext db) : IIndicatorSource
{
    public const string Module = "monitoring";
    public const string HarmfulKey = "monitoring.share.harmful";
    public const string VolumeKey = "monitoring.volume";

    public static string ShareKey(Signal signal) => "monitoring.share." + signal.MachineName();

    public IReadOnlyList<IndicatorDefinition> Definitions =>
    [
        .. Signals.All.Select(s => new IndicatorDefinition(ShareKey(s), TrendsText.Text.Format("Indicator.Share", SignalLabel(s)), "%", Module,
            TrendsText.Text.Format("Indicator.ShareDescription", SignalLabel(s)))),
        new IndicatorDefinition(HarmfulKey, TrendsText.Text["Indicator.Harmful"], "%", Module, TrendsText.Text["Indicator.HarmfulDescription"]),
        new IndicatorDefinition(VolumeKey, TrendsText.Text["Indicator.Volume"], TrendsText.Text["Indicator.MessagesUnit"], Module, TrendsText.Text["Indicator.VolumeDescription"]),
    ];

    public async Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period,
        CancellationToken cancellationToken = default)
    {
        var definition = Definitions.FirstOrDefault(d => d.Key == key);
        if (definition is null)
        {
            return null;
        }
        var days = await db.Set<SignalDailyCount>().IgnoreTenantFilter().AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId && c.Day >= from && c.Day <= to)
            .ToListAsync(cancellationToken);
        Func<SignalDailyCount, int> numerator = key == HarmfulKey || key == VolumeKey
            ? c => c.Harmful
            : c => c.Flagged(Signals.All.First(s => ShareKey(s) == key));
        var points = days
            .GroupBy(c => PeriodStart(c.Day, period))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var total = g.Sum(c => c.Total);
                var value = key == VolumeKey ? total : total == 0 ? 0 : Math.Round(100.0 * g.Sum(numerator) / total, 2);
                return new IndicatorPoint(g.Key, value, total);
            })
            .ToList();
        return new IndicatorSeries(definition, period, points);
    }

    /// <summary>Monday of the week, or the first of the month, as documented on <see cref="IndicatorPeriod"/>.</summary>
    public static DateOnly PeriodStart(DateOnly day, IndicatorPeriod period) => period switch
    {
        IndicatorPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        IndicatorPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static string SignalLabel(Signal signal) => TrendsText.Text["Signal." + signal.MachineName()];
}
