using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.ActionPlans.Rules;

namespace Samenspraak.Web.ActionPlans.Exports;

/// <summary>Everything an export needs, worked out once: the plan, its budget totals and its KPI values.</summary>
public sealed record PlanReport(ActionPlan Plan, BudgetSummary Budget, IReadOnlyList<KpiResult> Kpis, DateOnly Today)
{
    public IReadOnlyList<PlanAction> ActionsInOrder => [.. Plan.Actions.OrderBy(a => a.Start).ThenBy(a => a.Title, StringComparer.CurrentCulture)];

    public string ActionTitle(Guid id) => Plan.Actions.FirstOrDefault(a => a.Id == id)?.Title ?? "";

    public static async Task<PlanReport> BuildAsync(ActionPlan plan, KpiValues kpis, ActionPlanOptions options, DateOnly today, CancellationToken ct) =>
        new(plan, BudgetRules.Summarize(plan.BudgetLines, options), await kpis.ForPlanAsync(plan, ct), today);
}
