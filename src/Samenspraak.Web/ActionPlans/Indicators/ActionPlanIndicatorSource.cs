using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Resources;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Indicators;

namespace Samenspraak.Web.ActionPlans.Indicators;

/// <summary>
/// The action plan's own published indicator: actions completed per period. Other modules (a dashboard) and the
/// plan's own KPIs can bind to it like to Monitoring's indicators.
/// </summary>
public sealed class ActionPlanIndicatorSource(AppDbContext db) : IIndicatorSource
{
    public const string CompletedActions = "actionplans.actions.completed";

    public IReadOnlyList<IndicatorDefinition> Definitions =>
    [
        new(CompletedActions, ActionPlanText.Text["Indicator.CompletedActions"], ActionPlanText.Text["Indicator.ActionsUnit"],
            "ActionPlans", ActionPlanText.Text["Indicator.CompletedActionsHelp"]),
    ];

    public async Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period,
        CancellationToken cancellationToken = default)
    {
        if (key != CompletedActions)
        {
            return null;
        }

        // The caller names the municipality (it may be background work without a user), so the filter is set
        // explicitly here instead of through the tenant.
        var dates = await db.Set<PlanAction>().IgnoreTenantFilter()
            .Where(a => a.MunicipalityId == municipalityId && a.CompletedOn != null && a.CompletedOn >= from && a.CompletedOn <= to)
            .Select(a => a.CompletedOn!.Value)
            .ToListAsync(cancellationToken);
        var points = new List<IndicatorPoint>();
        for (var start = PeriodStart(from, period); start <= to; start = Next(start, period))
        {
            var next = Next(start, period);
            var count = dates.Count(d => d >= start && d < next);
            points.Add(new IndicatorPoint(start, count, count));
        }

        return new IndicatorSeries(Definitions[0], period, points);
    }

    private static DateOnly PeriodStart(DateOnly day, IndicatorPeriod period) => period switch
    {
        IndicatorPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        IndicatorPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, IndicatorPeriod period) => period switch
    {
        IndicatorPeriod.Week => start.AddDays(7),
        IndicatorPeriod.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
