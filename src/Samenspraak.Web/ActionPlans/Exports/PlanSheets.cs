using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Exports;

/// <summary>
/// Spreadsheet exports: Excel with a budget sheet and a KPI sheet (numbers as numbers, so finance can sum them), and
/// CSV of the budget lines for systems that only read CSV.
/// </summary>
public static class PlanSheets
{
    private static string T(string key) => ActionPlanText.Text[key];

    private static List<Dictionary<string, object?>> BudgetRows(PlanReport report) =>
        [.. report.Plan.BudgetLines.OrderBy(b => b.Year).ThenBy(b => report.ActionTitle(b.ActionId), StringComparer.CurrentCulture)
            .Select(b => new Dictionary<string, object?>
            {
                [T("Field.Year")] = b.Year,
                [T("Field.Action")] = report.ActionTitle(b.ActionId),
                [T("Field.Description")] = b.Description,
                [T("Field.Source")] = PlanDocuments.Source(b.Source),
                [T("Field.Planned")] = b.Planned,
                [T("Field.Spent")] = b.Spent,
            })];

    public static byte[] Excel(PlanReport report)
    {
        var kpis = report.Kpis.Select(k => new Dictionary<string, object?>
        {
            [T("Field.Name")] = k.Kpi.Name,
            [T("Field.Baseline")] = k.Kpi.Baseline,
            [T("Field.Target")] = k.Kpi.Target,
            [T("Kpi.Current")] = k.Current,
            [T("Field.Unit")] = k.Kpi.Unit,
            [T("Field.Source")] = PlanDocuments.KpiSourceText(k),
        }).ToList();
        var measurements = report.Kpis.SelectMany(k => k.Points.Select(p => new Dictionary<string, object?>
        {
            [T("Field.Name")] = k.Kpi.Name,
            [T("Kpi.Period")] = p.On.ToDateTime(TimeOnly.MinValue),
            [T("Field.Value")] = p.Value,
        })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [T("Excel.BudgetSheet")] = Rows(BudgetRows(report), [T("Field.Year"), T("Field.Action"), T("Field.Description"), T("Field.Source"), T("Field.Planned"), T("Field.Spent")]),
            [T("Excel.KpiSheet")] = Rows(kpis, [T("Field.Name"), T("Field.Baseline"), T("Field.Target"), T("Kpi.Current"), T("Field.Unit"), T("Field.Source")]),
            [T("Excel.MeasurementSheet")] = Rows(measurements, [T("Field.Name"), T("Kpi.Period"), T("Field.Value")]),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>An empty sheet still gets its header row, so the file explains itself.</summary>
    private static List<Dictionary<string, object?>> Rows(List<Dictionary<string, object?>> rows, string[] header) =>
        rows.Count > 0 ? rows : [header.ToDictionary(h => h, _ => (object?)null)];

    /// <summary>
    /// Budget lines as CSV in the user's culture: ';' as separator because Flemish amounts use the decimal comma,
    /// a byte order mark so Excel reads the accents, and formula injection neutralised by CsvHelper.
    /// </summary>
    public static byte[] Csv(PlanReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true)))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';', FormatProvider = CultureInfo.CurrentCulture }, false))
        {
            csv.WriteRecord([.. new[] { "Field.Year", "Field.Action", "Field.Description", "Field.Source", "Field.Planned", "Field.Spent" }.Select(T)]);
            foreach (var b in report.Plan.BudgetLines.OrderBy(b => b.Year).ThenBy(b => report.ActionTitle(b.ActionId), StringComparer.CurrentCulture))
            {
                csv.WriteRecord([b.Year.ToString(CultureInfo.InvariantCulture), report.ActionTitle(b.ActionId), b.Description,
                    PlanDocuments.Source(b.Source), b.Planned.ToString("0.00", CultureInfo.CurrentCulture), b.Spent.ToString("0.00", CultureInfo.CurrentCulture)]);
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    public static string FileName(ActionPlan plan, string extension)
    {
        var safe = new string([.. plan.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return $"actieplan-{(safe.Length > 60 ? safe[..60] : safe)}.{extension}";
    }
}
