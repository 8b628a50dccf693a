using System.Globalization;
using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Rules;

/// <summary>
/// Reads numbers, amounts and dates typed by people. Flemish users write "1.250,50" or "1250,5"; an English UI
/// "1,250.50". Both the current culture and the invariant one are tried, so a pasted figure is not lost.
/// </summary>
public static class InputParsing
{
    public static bool TryNumber(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Trim().Replace("€", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim();
        return double.TryParse(cleaned, NumberStyles.Number, CultureInfo.CurrentCulture, out value)
            || double.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryAmount(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Trim().Replace("€", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.CurrentCulture, out value)
            || decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>ISO dates (the date input) and Belgian dd/mm/yyyy.</summary>
    public static bool TryDate(string? text, out DateOnly value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Reads an optional number into <paramref name="value"/>; adds a Dutch message when it is not one.</summary>
    public static void OptionalNumber(RuleErrors errors, string field, string label, string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return;
        if (TryNumber(text, out var parsed) && double.IsFinite(parsed)) value = parsed;
        else errors.Add(field, ActionPlanText.Text.Format("Rule.NotANumber", label));
    }

    public static string Format(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Money(decimal value) => value.ToString("C", CultureInfo.CurrentCulture);
}
