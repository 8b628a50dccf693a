using System.Globalization;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>How a column's cell is read, checked and written.</summary>
public enum ColumnShape
{
    Slug,
    Kind,
    Text,
    Markdown,
    /// <summary>One entry per line inside the cell (for sentences, which may contain the list separator).</summary>
    Lines,
    /// <summary>Entries separated by <see cref="ItemColumns.ListSeparator"/>.</summary>
    List,
    LowerCaseList,
    Themes,
    TargetGroups,
    Signals,
    Period,
    Date,
    WebAddress,
    Links,
    Results,
    YesNo,
    Email,
    Language,
    /// <summary>Written by the export for people (address, version, last change); ignored on import.</summary>
    ReadOnly,
}

/// <summary>One column of the databank's tabular format: the export writes it, the import reads it.</summary>
/// <param name="Read">The item's value: string? for text shapes, a list for list shapes, DateOnly?, bool?.</param>
/// <param name="Write">Sets the item's field from a value of the same type (never called for read-only columns).</param>
public sealed record ItemColumn(string Name, ColumnShape Shape, Func<KnowledgeItem, object?> Read, Action<KnowledgeItem, object?> Write, int MaxLength = 0, bool Exported = true);

/// <summary>
/// The one description of the Kennisbank's CSV/XLSX/JSON columns, shared by the export, the import and the templates,
/// so that export → edit in a spreadsheet → import round-trips. Lists go in one cell separated by "; " (lessons, which
/// are sentences, one per line); a link is "title|url", a result "label|value|unit". Contact columns are import-only:
/// the export never carries personal contact details.
/// </summary>
public static class ItemColumns
{
    public const char ListSeparator = ';';

    private static readonly Action<KnowledgeItem, object?> NoWrite = (_, _) => { };

    public static IReadOnlyList<ItemColumn> All { get; } =
    [
        new("Slug", ColumnShape.Slug, i => i.Slug, (i, v) => i.Slug = (string)v!, 120),
        new("Type", ColumnShape.Kind, i => i.Kind, (i, v) => i.Kind = (string)v!),
        new("Title", ColumnShape.Text, i => i.Title, (i, v) => i.Title = (string?)v ?? "", 300),
        new("Summary", ColumnShape.Text, i => i.Summary, (i, v) => i.Summary = (string?)v ?? "", 1000),
        new("Body", ColumnShape.Markdown, i => i.Body, (i, v) => i.Body = (string?)v ?? "", 40_000),
        new("Approach", ColumnShape.Markdown, i => i.Approach, (i, v) => i.Approach = (string?)v, 20_000),
        new("Lessons", ColumnShape.Lines, i => i.Lessons, (i, v) => i.Lessons = (List<string>)v!),
        new("Themes", ColumnShape.Themes, i => i.Themes, (i, v) => i.Themes = (List<string>)v!),
        new("TargetGroups", ColumnShape.TargetGroups, i => i.TargetGroups, (i, v) => i.TargetGroups = (List<string>)v!),
        new("SignalKinds", ColumnShape.Signals, i => i.SignalKinds, (i, v) => i.SignalKinds = (List<string>)v!),
        new("KeyPhrases", ColumnShape.LowerCaseList, i => i.KeyPhrases, (i, v) => i.KeyPhrases = (List<string>)v!),
        new("Municipalities", ColumnShape.List, i => i.Municipalities, (i, v) => i.Municipalities = (List<string>)v!),
        new("Region", ColumnShape.Text, i => i.Region, (i, v) => i.Region = (string?)v, 200),
        new("Provinces", ColumnShape.List, i => i.Provinces, (i, v) => i.Provinces = (List<string>)v!),
        new("Owner", ColumnShape.Text, i => i.Owner, (i, v) => i.Owner = (string?)v, 300),
        new("Partners", ColumnShape.List, i => i.Partners, (i, v) => i.Partners = (List<string>)v!),
        new("PeriodStart", ColumnShape.Period, i => i.PeriodStart, (i, v) => i.PeriodStart = (string?)v),
        new("PeriodEnd", ColumnShape.Period, i => i.PeriodEnd, (i, v) => i.PeriodEnd = (string?)v),
        new("Funding", ColumnShape.Text, i => i.Funding, (i, v) => i.Funding = (string?)v, 300),
        new("Results", ColumnShape.Results, i => i.Results, (i, v) => i.Results = (List<string>)v!),
        new("Links", ColumnShape.Links, i => i.Links, (i, v) => i.Links = (List<string>)v!),
        new("Keywords", ColumnShape.List, i => i.Keywords, (i, v) => i.Keywords = (List<string>)v!),
        new("Expertise", ColumnShape.List, i => i.Expertise, (i, v) => i.Expertise = (List<string>)v!),
        new("Languages", ColumnShape.List, i => i.Languages, (i, v) => i.Languages = (List<string>)v!),
        new("OnSiteSupport", ColumnShape.YesNo, i => i.OnSiteSupport, (i, v) => i.OnSiteSupport = (bool?)v),
        new("Claim", ColumnShape.Text, i => i.Claim, (i, v) => i.Claim = (string?)v, 2000),
        new("Verdict", ColumnShape.Text, i => i.Verdict, (i, v) => i.Verdict = (string?)v, 200),
        new("Publisher", ColumnShape.Text, i => i.Publisher, (i, v) => i.Publisher = (string?)v, 300),
        new("ReviewDate", ColumnShape.Date, i => i.ClaimReviewDate, (i, v) => i.ClaimReviewDate = (DateOnly?)v),
        new("ReviewUrl", ColumnShape.WebAddress, i => i.ReviewUrl, (i, v) => i.ReviewUrl = (string?)v, 2000),
        new("SourceTitle", ColumnShape.Text, i => i.SourceTitle, (i, v) => i.SourceTitle = (string?)v, 300),
        new("SourceUrl", ColumnShape.WebAddress, i => i.SourceUrl, (i, v) => i.SourceUrl = (string?)v, 2000),
        new("Language", ColumnShape.Language, i => i.Language, (i, v) => i.Language = (string?)v ?? "nl"),
        new("Url", ColumnShape.ReadOnly, i => KnowledgeUrls.For(i.Kind, i.Slug), NoWrite),
        new("Version", ColumnShape.ReadOnly, i => i.Version, NoWrite),
        new("UpdatedAt", ColumnShape.ReadOnly, i => i.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), NoWrite),
        new("ContactName", ColumnShape.Text, i => i.ContactName, (i, v) => i.ContactName = (string?)v, 200, Exported: false),
        new("ContactRole", ColumnShape.Text, i => i.ContactRole, (i, v) => i.ContactRole = (string?)v, 200, Exported: false),
        new("ContactEmail", ColumnShape.Email, i => i.ContactEmail, (i, v) => i.ContactEmail = (string?)v, 254, Exported: false),
        new("ContactPhone", ColumnShape.Text, i => i.ContactPhone, (i, v) => i.ContactPhone = (string?)v, 50, Exported: false),
        new("ContactConsentDate", ColumnShape.Date, i => i.ContactConsentAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
            (i, v) => i.ContactConsentAt = v is DateOnly d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null, Exported: false),
        new("ContactConsentNote", ColumnShape.Text, i => i.ContactConsentNote, (i, v) => i.ContactConsentNote = (string?)v, 500, Exported: false),
    ];

    /// <summary>The export's columns, in order (the template's header starts with these).</summary>
    public static IReadOnlyList<ItemColumn> Exported { get; } = [.. All.Where(c => c.Exported)];

    private static readonly Dictionary<string, ItemColumn> ByName = All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A header cell to its column: case-insensitive, spaces, underscores and hyphens ignored ("target groups" works).</summary>
    public static ItemColumn? Find(string header)
    {
        var key = new string(header.Where(ch => !char.IsWhiteSpace(ch) && ch is not '_' and not '-').ToArray());
        return ByName.GetValueOrDefault(key);
    }

    /// <summary>The item's value as the export writes it in a text cell.</summary>
    public static string Cell(ItemColumn column, KnowledgeItem item) => Format(column.Shape, column.Read(item));

    public static string Format(ColumnShape shape, object? value) => value switch
    {
        null => "",
        List<string> lines when shape == ColumnShape.Lines => string.Join('\n', lines),
        List<string> list => string.Join(ListSeparator + " ", list),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes ? "ja" : "nee",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>True when both values (as <see cref="ItemColumn.Read"/> returns them) mean the same.</summary>
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (List<string> x, List<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        (string x, string y) => Normal(x) == Normal(y),
        (string x, null) => Normal(x).Length == 0,
        (null, string y) => Normal(y).Length == 0,
        _ => Equals(a, b),
    };

    /// <summary>Text as compared: line breaks and surrounding white space do not count as a change.</summary>
    private static string Normal(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
