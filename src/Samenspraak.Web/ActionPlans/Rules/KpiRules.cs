using Samenspraak.Web.ActionPlans.Resources;
using Samenspraak.Web.Platform.Indicators;

namespace Samenspraak.Web.ActionPlans.Rules;

/// <summary>What a custom KPI and a measurement must satisfy.</summary>
public static class KpiRules
{
    private static string T(string key, params object?[] args) => ActionPlanText.Text.Format(key, args);

    public static bool IsPercent(string? unit) => unit?.Trim() is "%" or "procent" or "percent";

    public static void CheckKpi(RuleErrors errors, IndicatorCatalog catalog, string? name, string? unit, string? indicatorKey,
        string? baselineText, string? targetText, out double? baseline, out double? target)
    {
        if (string.IsNullOrWhiteSpace(name)) errors.Add("name", T("Rule.KpiNameRequired"));
        if (string.IsNullOrWhiteSpace(unit)) errors.Add("unit", T("Rule.UnitRequired"));
        InputParsing.OptionalNumber(errors, "baseline", T("Field.Baseline"), baselineText, out baseline);
        InputParsing.OptionalNumber(errors, "target", T("Field.Target"), targetText, out target);
        if (target is null && errors.For("target") is null) errors.Add("target", T("Rule.TargetRequired"));
        if (IsPercent(unit))
        {
            if (baseline is < 0 or > 100) errors.Add("baseline", T("Rule.Percent", T("Field.Baseline")));
            if (target is < 0 or > 100) errors.Add("target", T("Rule.Percent", T("Field.Target")));
        }

        if (!string.IsNullOrWhiteSpace(indicatorKey) && catalog.Find(indicatorKey) is null)
        {
            errors.Add("indicator-key", T("Rule.UnknownIndicator"));
        }
    }

    public static void CheckMeasurement(RuleErrors errors, string? unit, string? dateText, string? valueText, DateOnly today,
        out DateOnly date, out double value)
    {
        value = 0;
        if (!InputParsing.TryDate(dateText, out date)) errors.Add("measured-on", T("Rule.Date", T("Field.MeasuredOn")));
        else if (date > today) errors.Add("measured-on", T("Rule.MeasuredInFuture"));
        if (!InputParsing.TryNumber(valueText, out value) || !double.IsFinite(value)) errors.Add("value", T("Rule.NotANumber", T("Field.Value")));
        else if (IsPercent(unit) && value is < 0 or > 100) errors.Add("value", T("Rule.Percent", T("Field.Value")));
    }
}
