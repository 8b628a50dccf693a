using System.Globalization;
using MiniExcelLibs;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Infrastructure.Text;

namespace Samenspraak.Web.Monitoring.Dashboard;

/// <summary>CSV and XLSX export of the dashboard's per-day figures (aggregates only), same policy as the dashboard.</summary>
internal static class DashboardExport
{
    public static IEndpointRouteBuilder MapDashboardExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/export.csv", CsvAsync).RequireAuthorization(TrendsPolicies.Dashboard);
        app.MapGet("/dashboard/export.xlsx", XlsxAsync).RequireAuthorization(TrendsPolicies.Dashboard);
        return app;
    }

    /// <summary>Column headers in the UI language, then one row per day: date, total, harmful, flagged per signal, harmful share.</summary>
    internal static List<Dictionary<string, object>> Rows(DashboardData data)
    {
        var rows = new List<Dictionary<string, object>>();
        foreach (var d in data.Days)
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [TrendsText.Text["Column.Day"]] = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                [TrendsText.Text["Dashboard.Analysed"]] = d.Total,
                [TrendsText.Text["Theme.Harmful"]] = d.Harmful,
            };
            foreach (var s in Signals.All)
            {
                row[TrendsText.Text["Signal." + s.MachineName()]] = d.Flagged[s];
            }
            row[TrendsText.Text["Dashboard.HarmfulShare"]] = Math.Round(d.Share(d.Harmful), 2);
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<IResult> CsvAsync(DashboardReader reader, CancellationToken ct, int? dagen = null)
    {
        var data = await reader.ReadAsync(DashboardReader.NormaliseDays(dagen), ct);
        var rows = Rows(data);
        var text = new System.Text.StringBuilder();
        var headers = rows[0].Keys.ToList();
        SpreadsheetCsv.AppendLine(text, headers);
        foreach (var row in rows)
        {
            SpreadsheetCsv.AppendLine(text, headers.Select(h => Convert.ToString(row[h], CultureInfo.InvariantCulture)));
        }
        return Results.File(SpreadsheetCsv.ToBytes(text),
            "text/csv; charset=utf-8", $"samenspraak-dashboard-{data.From:yyyyMMdd}-{data.To:yyyyMMdd}.csv");
    }

    private static async Task<IResult> XlsxAsync(DashboardReader reader, CancellationToken ct, int? dagen = null)
    {
        var data = await reader.ReadAsync(DashboardReader.NormaliseDays(dagen), ct);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(Rows(data), cancellationToken: ct);
        stream.Position = 0;
        return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"samenspraak-dashboard-{data.From:yyyyMMdd}-{data.To:yyyyMMdd}.xlsx");
    }
}
