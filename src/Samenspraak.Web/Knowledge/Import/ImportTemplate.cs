using System.Text;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Localization;
using Samenspraak.Web.Infrastructure.Text;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Empty import files for curators: the export's columns (plus the import-only contact columns) with one filled example
/// row, as CSV (semicolons and a byte-order mark, what Excel with Belgian settings opens directly) or XLSX with a
/// second sheet "Toelichting" that explains every column and lists the allowed taxonomy terms, signal kinds and types.
/// </summary>
public sealed class ImportTemplate(TaxonomyService taxonomy)
{
    private static ResourceText T => ImportText.Text;

    /// <summary>The module's own labels of the item kinds (read, not duplicated).</summary>
    private static readonly ResourceText KindLabels = new("Samenspraak.Web.Knowledge.Resources.KnowledgeText");

    public const string DataSheet = "Kennisbank";

    public const string HelpSheet = "Toelichting";

    public static IReadOnlyList<ItemColumn> Columns => ItemColumns.All;

    public async Task<byte[]> CsvAsync(CancellationToken ct)
    {
        var example = await ExampleAsync(ct);
        var text = new StringBuilder();
        text.AppendJoin(';', Columns.Select(c => Field(c.Name))).Append("\r\n");
        text.AppendJoin(';', Columns.Select(c => Field(example.GetValueOrDefault(c.Name) ?? ""))).Append("\r\n");
        return SpreadsheetCsv.ToBytes(text);
    }

    public async Task<byte[]> XlsxAsync(CancellationToken ct)
    {
        var example = await ExampleAsync(ct);
        var data = new[] { Columns.ToDictionary(c => c.Name, c => (object)(example.GetValueOrDefault(c.Name) ?? ""), StringComparer.Ordinal) };
        var help = new List<Dictionary<string, object>>();
        void Add(string a, string b, string c) => help.Add(new Dictionary<string, object>
        {
            [T["Help.Column"]] = a, [T["Help.Required"]] = b, [T["Help.Explanation"]] = c,
        });

        foreach (var column in Columns)
        {
            Add(column.Name, column.Name is "Type" or "Title" or "Summary" ? T["Help.Yes"] : "", T[$"Column.{column.Name}"]);
        }

        Add("", "", "");
        Add(T["Help.Kinds"], "", "");
        foreach (var kind in KnowledgeUrls.Kinds) Add(kind, "", KindLabels[$"Kind.{kind}"]);
        foreach (var (termKind, title) in new[] { (TermKind.Theme, T["Help.Themes"]), (TermKind.TargetGroup, T["Help.TargetGroups"]) })
        {
            Add("", "", "");
            Add(title, "", "");
            foreach (var term in await taxonomy.TermsAsync(termKind, ct))
            {
                Add(term.Slug, "", term.Label(TaxonomyService.English) + (string.IsNullOrWhiteSpace(term.Description) ? "" : " – " + term.Description));
            }
        }

        Add("", "", "");
        Add(T["Help.Signals"], "", "");
        foreach (var signal in TaxonomyCuration.SignalNames) Add(signal, "", "");

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [DataSheet] = data, [HelpSheet] = help });
        return stream.ToArray();
    }

    /// <summary>A practice filled in the way the import expects, tagged with the first active terms so it imports as is.</summary>
    private async Task<Dictionary<string, string>> ExampleAsync(CancellationToken ct)
    {
        var themes = (await taxonomy.TermsAsync(TermKind.Theme, ct)).Take(2).Select(t => t.Slug);
        var targets = (await taxonomy.TermsAsync(TermKind.TargetGroup, ct)).Take(1).Select(t => t.Slug);
        var sep = ItemColumns.ListSeparator + " ";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Type"] = "praktijk",
            ["Title"] = T["Example.Title"],
            ["Summary"] = T["Example.Summary"],
            ["Body"] = T["Example.Body"],
            ["Lessons"] = T["Example.Lessons"],
            ["Themes"] = string.Join(sep, themes),
            ["TargetGroups"] = string.Join(sep, targets),
            ["SignalKinds"] = "polarisation",
            ["KeyPhrases"] = T["Example.KeyPhrases"],
            ["Municipalities"] = "Voorbeeldgem",
            ["Region"] = "Vlaanderen",
            ["Provinces"] = "Oost-Vlaanderen",
            ["Owner"] = T["Example.Owner"],
            ["PeriodStart"] = "2024-09",
            ["PeriodEnd"] = "2025",
            ["Funding"] = "Plan Samenleven",
            ["Results"] = T["Example.Results"],
            ["Links"] = T["Example.Links"],
            ["Keywords"] = T["Example.Keywords"],
            ["Language"] = "nl",
        };
    }

    /// <summary>A semicolon-separated cell, quoted when needed; the formula guard of <see cref="SpreadsheetCsv"/> is not needed for our own text.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
