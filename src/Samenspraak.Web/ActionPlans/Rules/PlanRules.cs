using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Rules;

/// <summary>The rules a plan, an action and a vaststelling must satisfy, with the Dutch messages people see.</summary>
public static class PlanRules
{
    public const int FirstYear = 2020;
    public const int LastYear = 2050;

    private static string T(string key, params object?[] args) => ActionPlanText.Text.Format(key, args);

    public static void CheckTitle(RuleErrors errors, string field, string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) errors.Add(field, T("Rule.TitleRequired"));
        else if (title.Trim().Length > 200) errors.Add(field, T("Rule.TooLong", 200));
    }

    public static void CheckPeriod(RuleErrors errors, int startYear, int endYear)
    {
        if (startYear is < FirstYear or > LastYear) errors.Add("start-year", T("Rule.YearRange", FirstYear, LastYear));
        if (endYear is < FirstYear or > LastYear) errors.Add("end-year", T("Rule.YearRange", FirstYear, LastYear));
        else if (endYear < startYear) errors.Add("end-year", T("Rule.EndYearBeforeStart"));
    }

    /// <summary>An action needs a title, an owner and dates inside the plan's period with the end not before the start.</summary>
    public static void CheckAction(RuleErrors errors, ActionPlan plan, string? title, string? owner, string? email,
        string? startText, string? endText, out DateOnly start, out DateOnly end)
    {
        CheckTitle(errors, "title", title);
        if (string.IsNullOrWhiteSpace(owner)) errors.Add("owner-name", T("Rule.OwnerRequired"));
        if (!string.IsNullOrWhiteSpace(email) && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
        {
            errors.Add("owner-email", T("Rule.Email"));
        }

        var hasStart = InputParsing.TryDate(startText, out start);
        var hasEnd = InputParsing.TryDate(endText, out end);
        if (!hasStart) errors.Add("start", T("Rule.Date", T("Field.Start")));
        if (!hasEnd) errors.Add("end", T("Rule.Date", T("Field.End")));
        if (!hasStart || !hasEnd) return;
        if (end < start)
        {
            errors.Add("end", T("Rule.EndBeforeStart", start.ToString("d", System.Globalization.CultureInfo.CurrentCulture)));
        }
        else if (start < plan.PeriodStart || end > plan.PeriodEnd)
        {
            errors.Add("start", T("Rule.OutsidePeriod", plan.StartYear, plan.EndYear));
        }
    }

    /// <summary>
    /// Vaststelling: the body and a date (not in the future) are recorded, and the budget must respect the subsidy
    /// rules, because the adopted plan is what the subsidy is accounted for against.
    /// </summary>
    public static void CheckAdoption(RuleErrors errors, ActionPlan plan, string? body, string? dateText, DateOnly today,
        ActionPlanOptions options, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(body)) errors.Add("adopted-by", T("Rule.BodyRequired"));
        if (!InputParsing.TryDate(dateText, out date)) errors.Add("adopted-on", T("Rule.Date", T("Field.AdoptedOn")));
        else if (date > today) errors.Add("adopted-on", T("Rule.AdoptedInFuture"));
        if (plan.Actions.Count == 0) errors.Add("adopted-by", T("Rule.AdoptWithoutActions"));
        foreach (var problem in BudgetRules.Summarize(plan.BudgetLines, options).Problems)
        {
            errors.Add("adopted-by", problem);
        }
    }

    /// <summary>Which status may follow which: forward one step at a time, or back to concept to amend before adoption.</summary>
    public static bool CanMove(PlanStatus from, PlanStatus to) => (from, to) switch
    {
        (PlanStatus.Concept, PlanStatus.Vastgesteld) => true,
        (PlanStatus.Vastgesteld, PlanStatus.InUitvoering) => true,
        (PlanStatus.Vastgesteld, PlanStatus.Concept) => true,
        (PlanStatus.InUitvoering, PlanStatus.Afgerond) => true,
        _ => false,
    };
}
