using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.ActionPlans.Indicators;

/// <summary>One point of a KPI over time, from a manual measurement or an indicator period.</summary>
public sealed record KpiPoint(DateOnly On, double Value, long? Count);

/// <summary>A KPI's series and its latest value; <see cref="IndicatorMissing"/> when the bound indicator is gone.</summary>
public sealed record KpiResult(Kpi Kpi, IReadOnlyList<KpiPoint> Points, double? Current, bool IndicatorMissing, string? IndicatorLabel)
{
    /// <summary>Whether the target is reached, judged in the direction from baseline to target (down is good for "share of hate").</summary>
    public bool? Reached => Current is not { } c || Kpi.Target is not { } t ? null
        : Kpi.Baseline is { } b && t < b ? c <= t : c >= t;
}

/// <summary>
/// Works out a KPI's values: milestones from the plan itself, custom KPIs from manual measurements or from the bound
/// indicator over the plan period (monthly), through the indicator catalogue; never from another module's tables.
/// </summary>
public sealed class KpiValues(IndicatorCatalog catalog, TimeProvider clock)
{
    public async Task<KpiResult> ForAsync(ActionPlan plan, Kpi kpi, CancellationToken ct = default)
    {
        switch (kpi.Kind)
        {
            case KpiKind.MilestoneAdopted:
                var adopted = plan.AdoptedOn is { } on ? new List<KpiPoint> { new(on, 1, null) } : [];
                return new KpiResult(kpi, adopted, plan.AdoptedOn is null ? 0 : 1, false, null);
            case KpiKind.MilestoneExecuted:
                var counted = plan.Actions.Where(a => a.Status != ActionStatus.Geannuleerd).ToList();
                double share = counted.Count == 0 ? 0 : 100.0 * counted.Count(a => a.Status == ActionStatus.Afgerond) / counted.Count;
                var points = counted.Where(a => a.CompletedOn is not null).OrderBy(a => a.CompletedOn)
                    .Select((a, i) => new KpiPoint(a.CompletedOn!.Value, Math.Round(100.0 * (i + 1) / counted.Count, 1), null)).ToList();
                return new KpiResult(kpi, points, Math.Round(share, 1), false, null);
        }

        if (kpi.IndicatorKey is { Length: > 0 } key)
        {
            var today = BelgianTime.DateOf(clock.GetUtcNow());
            var to = plan.PeriodEnd < today ? plan.PeriodEnd : today;
            var from = plan.PeriodStart.AddYears(-1); // the year before the plan gives the baseline its context
            var series = await catalog.GetSeriesAsync(key, plan.MunicipalityId, from, to, IndicatorPeriod.Month, ct);
            if (series is null)
            {
                return new KpiResult(kpi, [], null, true, null);
            }

            var points = series.Points.OrderBy(p => p.PeriodStart).Select(p => new KpiPoint(p.PeriodStart, p.Value, p.Count)).ToList();
            return new KpiResult(kpi, points, points.Count == 0 ? null : points[^1].Value, false, series.Definition.Label);
        }

        var manual = kpi.Measurements.OrderBy(m => m.On).Select(m => new KpiPoint(m.On, m.Value, null)).ToList();
        return new KpiResult(kpi, manual, manual.Count == 0 ? null : manual[^1].Value, false, null);
    }

    public async Task<IReadOnlyList<KpiResult>> ForPlanAsync(ActionPlan plan, CancellationToken ct = default)
    {
        var results = new List<KpiResult>();
        foreach (var kpi in plan.Kpis.OrderBy(k => k.Kind).ThenBy(k => k.Name, StringComparer.CurrentCulture))
        {
            results.Add(await ForAsync(plan, kpi, ct));
        }

        return results;
    }
}
