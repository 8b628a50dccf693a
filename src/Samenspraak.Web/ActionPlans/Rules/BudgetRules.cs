using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Rules;

/// <summary>Totals of a plan's budget and the subsidy rules they break, if any.</summary>
public sealed record BudgetSummary(
    decimal Subsidy,
    decimal OwnContribution,
    decimal Other,
    decimal PlannedTotal,
    decimal SpentTotal,
    decimal SubsidySpent,
    decimal OwnContributionRequired,
    IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Plan Samenleven's budget rules: no negative amounts, a line's year inside the plan, the subsidy at most the cap
/// per plan, and an own contribution of at least a configurable share of the subsidy.
/// </summary>
public static class BudgetRules
{
    private static string T(string key, params object?[] args) => ActionPlanText.Text.Format(key, args);

    /// <summary>
    /// Parses and checks one line as typed, against the plan's other lines (<paramref name="others"/> excludes the
    /// line being edited). The cap is checked here so that the line that would break it is refused with the
    /// figure; the own contribution is a plan-level rule (see <see cref="Summarize"/>) because it can only be met
    /// after several lines are in.
    /// </summary>
    public static void CheckLine(RuleErrors errors, ActionPlan plan, IEnumerable<BudgetLine> others, ActionPlanOptions options,
        string? description, string? yearText, FundingSource source, string? plannedText, string? spentText,
        out int year, out decimal planned, out decimal spent)
    {
        planned = 0;
        spent = 0;
        if (string.IsNullOrWhiteSpace(description)) errors.Add("line-description", T("Rule.DescriptionRequired"));
        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            || year < plan.StartYear || year > plan.EndYear)
        {
            errors.Add("year", T("Rule.BudgetYear", plan.StartYear, plan.EndYear));
        }

        if (!InputParsing.TryAmount(plannedText, out planned)) errors.Add("planned", T("Rule.Amount", T("Field.Planned")));
        else if (planned < 0) errors.Add("planned", T("Rule.NegativeAmount", T("Field.Planned")));

        if (!string.IsNullOrWhiteSpace(spentText))
        {
            if (!InputParsing.TryAmount(spentText, out spent)) errors.Add("spent", T("Rule.Amount", T("Field.Spent")));
            else if (spent < 0) errors.Add("spent", T("Rule.NegativeAmount", T("Field.Spent")));
        }

        if (source == FundingSource.Subsidy && planned > 0)
        {
            var subsidy = others.Where(l => l.Source == FundingSource.Subsidy).Sum(l => l.Planned) + planned;
            if (subsidy > options.SubsidyCap)
            {
                errors.Add("planned", T("Rule.SubsidyCap", InputParsing.Money(subsidy), InputParsing.Money(options.SubsidyCap)));
            }
        }
    }

    public static BudgetSummary Summarize(IEnumerable<BudgetLine> lines, ActionPlanOptions options)
    {
        var all = lines.ToList();
        decimal Sum(FundingSource s) => all.Where(l => l.Source == s).Sum(l => l.Planned);
        var subsidy = Sum(FundingSource.Subsidy);
        var own = Sum(FundingSource.OwnContribution);
        var required = decimal.Round(subsidy * options.MinOwnContributionRatio, 2);
        var problems = new List<string>();
        if (all.Any(l => l.Planned < 0 || l.Spent < 0)) problems.Add(T("Rule.NegativeInBudget"));
        if (subsidy > options.SubsidyCap)
        {
            problems.Add(T("Rule.SubsidyCap", InputParsing.Money(subsidy), InputParsing.Money(options.SubsidyCap)));
        }

        if (own < required)
        {
            problems.Add(T("Rule.OwnContribution", InputParsing.Money(own), InputParsing.Money(required),
                decimal.Round(options.MinOwnContributionRatio * 100m, 0)));
        }

        return new BudgetSummary(subsidy, own, Sum(FundingSource.Other), all.Sum(l => l.Planned), all.Sum(l => l.Spent),
            all.Where(l => l.Source == FundingSource.Subsidy).Sum(l => l.Spent), required, problems);
    }
}
