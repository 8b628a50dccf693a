using System.Globalization;
using System.Text.RegularExpressions;
using Samenspraak.Web.Infrastructure.Localization;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;


namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Reads one cell into the value its column holds (see <see cref="ItemColumn.Read"/> for the types), or reports why
/// it cannot, in Dutch. Cells are trimmed; the apostrophe the CSV export puts before text a spreadsheet would run as a
/// formula is taken off again.
/// </summary>
public sealed partial class CellParser(TermMatcher themes, TermMatcher targetGroups)
{
    private static ResourceText T => ImportText.Text;

    /// <param name="carried">The matched item's current value of a taxonomy column (retired terms it has stay allowed).</param>
    /// <returns>The value, or errors (one per bad entry) and no value.</returns>
    public (object? Value, List<string> Errors) Parse(ItemColumn column, object? cell, IReadOnlyCollection<string> carried)
    {
        ArgumentNullException.ThrowIfNull(column);
        var errors = new List<string>();
        object? value = column.Shape switch
        {
            ColumnShape.Slug => Slug(Text(cell), errors),
            ColumnShape.Kind => Kind(Text(cell), errors),
            ColumnShape.Text or ColumnShape.Markdown => Text(cell),
            ColumnShape.Lines => Entries(cell, '\n'),
            ColumnShape.List => Entries(cell, ItemColumns.ListSeparator),
            ColumnShape.LowerCaseList => Entries(cell, ItemColumns.ListSeparator).Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList(),
            ColumnShape.Themes => Terms(Entries(cell, ItemColumns.ListSeparator), themes, carried, "Row.UnknownTheme", errors),
            ColumnShape.TargetGroups => Terms(Entries(cell, ItemColumns.ListSeparator), targetGroups, carried, "Row.UnknownTargetGroup", errors),
            ColumnShape.Signals => Signals(Entries(cell, ItemColumns.ListSeparator), errors),
            ColumnShape.Period => Period(Text(cell), errors),
            ColumnShape.Date => Date(Text(cell), errors),
            ColumnShape.WebAddress => WebAddress(Text(cell), errors),
            ColumnShape.Links => Links(Entries(cell, ItemColumns.ListSeparator), errors),
            ColumnShape.Results => Results(Entries(cell, ItemColumns.ListSeparator), errors),
            ColumnShape.YesNo => YesNo(Text(cell), errors),
            ColumnShape.Email => Email(Text(cell), errors),
            ColumnShape.Language => Language(Text(cell), errors),
            _ => null,
        };
        if (value is string text && column.MaxLength > 0 && text.Length > column.MaxLength)
        {
            errors.Add(T.Format("Row.TooLong", column.MaxLength, text.Length));
        }

        return errors.Count > 0 ? (null, errors) : (value, errors);
    }

    /// <summary>The trimmed text with Unix line breaks; null when empty. A list from JSON becomes one line per entry.</summary>
    public static string? Text(object? cell)
    {
        var text = cell switch
        {
            null => null,
            List<string> list => string.Join('\n', list),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
        };
        text = Unguard(text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim());
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Undoes the export's formula guard: "'=..." back to "=...", "'- item" back to "- item".</summary>
    private static string? Unguard(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && text[1] is '=' or '+' or '@' or '-' or '\t' ? text[1..] : text;

    private static List<string> Entries(object? cell, char separator)
    {
        IEnumerable<string> raw = cell is List<string> list ? list : (Text(cell) ?? "").Split(separator);
        return raw.Select(e => Unguard(e.Trim())!).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Slug(string? text, List<string> errors)
    {
        if (text is null) return null;
        if (!SlugPattern().IsMatch(text)) errors.Add(T.Format("Row.BadSlug", text));
        return text;
    }

    private static string? Kind(string? text, List<string> errors)
    {
        if (text is null) return null;
        var lower = text.ToLowerInvariant();
        if (KnowledgeUrls.IsKind(lower)) return lower;
        if (KnowledgeUrls.KindOfSegment(lower) is { } kind) return kind;
        var closest = KnowledgeUrls.Kinds.OrderBy(k => TermMatcher.Distance(lower, k)).First();
        errors.Add(TermMatcher.Distance(lower, closest) <= Math.Max(2, lower.Length / 3)
            ? T.Format("Row.UnknownKindSuggest", text, closest)
            : T.Format("Row.UnknownKind", text, string.Join(", ", KnowledgeUrls.Kinds)));
        return null;
    }

    private static List<string> Terms(List<string> entries, TermMatcher matcher, IReadOnlyCollection<string> carried, string message, List<string> errors)
    {
        var slugs = new List<string>();
        foreach (var entry in entries)
        {
            if (matcher.Resolve(entry, carried) is { } slug)
            {
                if (!slugs.Contains(slug)) slugs.Add(slug);
                continue;
            }

            var closest = matcher.Closest(entry);
            errors.Add(closest is null
                ? T.Format(message, entry) + " " + T["Row.SeeTemplate"]
                : T.Format(message, entry) + " " + T.Format("Row.DidYouMean", closest.Slug, closest.Label(TaxonomyService.English)));
        }

        return slugs;
    }

    private static List<string> Signals(List<string> entries, List<string> errors)
    {
        foreach (var entry in entries.Where(e => !TaxonomyCuration.SignalNames.Contains(e)))
        {
            var closest = TaxonomyCuration.SignalNames.OrderBy(s => TermMatcher.Distance(entry.ToLowerInvariant(), s)).First();
            errors.Add(T.Format("Row.UnknownSignal", entry, closest, string.Join(", ", TaxonomyCuration.SignalNames)));
        }

        return entries;
    }

    private static string? Period(string? text, List<string> errors)
    {
        if (text is null) return null;
        if (!PeriodPattern().IsMatch(text)) errors.Add(T.Format("Row.BadPeriod", text));
        return text;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd HH:mm"];

    private static DateOnly? Date(string? text, List<string> errors)
    {
        if (text is null) return null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly.FromDateTime(date);
        errors.Add(T.Format("Row.BadDate", text));
        return null;
    }

    public static bool IsWebAddress(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? WebAddress(string? text, List<string> errors)
    {
        if (text is not null && !IsWebAddress(text)) errors.Add(T.Format("Row.BadUrl", text));
        return text;
    }

    private static List<string> Links(List<string> entries, List<string> errors)
    {
        var links = new List<string>();
        foreach (var entry in entries)
        {
            var parts = entry.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !IsWebAddress(parts[1])) errors.Add(T.Format("Row.BadLink", entry));
            else links.Add($"{parts[0]}|{parts[1]}");
        }

        return links;
    }

    private static List<string> Results(List<string> entries, List<string> errors)
    {
        var results = new List<string>();
        foreach (var entry in entries)
        {
            var parts = entry.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0) errors.Add(T.Format("Row.BadResult", entry));
            else results.Add(string.Join('|', parts));
        }

        return results;
    }

    private static bool? YesNo(string? text, List<string> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "ja" or "yes" or "true" or "waar" or "1": return true;
            case "nee" or "no" or "false" or "onwaar" or "0": return false;
            default:
                errors.Add(T.Format("Row.BadYesNo", text));
                return null;
        }
    }

    private static string? Email(string? text, List<string> errors)
    {
        if (text is not null && !EmailPattern().IsMatch(text)) errors.Add(T.Format("Row.BadEmail", text));
        return text;
    }

    private static string Language(string? text, List<string> errors)
    {
        if (text is null) return "nl";
        var lower = text.ToLowerInvariant();
        if (!LanguagePattern().IsMatch(lower)) errors.Add(T.Format("Row.BadLanguage", text));
        return lower;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2]))?$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
