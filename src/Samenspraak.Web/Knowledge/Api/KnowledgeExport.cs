using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Text;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Api;

/// <summary>
/// The published databank as CSV, XLSX or JSON: one row per item in the columns of <see cref="ItemColumns.Exported"/>
/// (the same columns the curators' bulk import reads, so an export can be edited and imported again). No contact details.
/// </summary>
public sealed class KnowledgeExport(AppDbContext db)
{
    /// <summary>One item's cells, aligned with <see cref="ItemColumns.Exported"/>; the version is a number, the rest text.</summary>
    public sealed record Row(IReadOnlyList<object> Cells);

    public async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published)
            .OrderBy(i => i.Kind).ThenBy(i => i.Slug)
            .ToListAsync(ct);
        return items.Select(ToRow).ToList();
    }

    public static Row ToRow(KnowledgeItem item) =>
        new([.. ItemColumns.Exported.Select(c => c.Read(item) is int number ? (object)number : ItemColumns.Cell(c, item))]);

    /// <summary>Spreadsheet CSV (<see cref="SpreadsheetCsv"/>): what proposers wrote cannot run as a formula for the curator who exports it.</summary>
    public static byte[] Csv(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        SpreadsheetCsv.AppendLine(text, ItemColumns.Exported.Select(c => c.Name));
        foreach (var row in rows)
        {
            SpreadsheetCsv.AppendLine(text, row.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)));
        }

        return SpreadsheetCsv.ToBytes(text);
    }

    public static byte[] Xlsx(IEnumerable<Row> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Sheet(rows), sheetName: "Kennisbank");
        return stream.ToArray();
    }

    /// <summary>Rows as ordered name/value maps, the shape MiniExcel writes with a header row.</summary>
    public static IEnumerable<Dictionary<string, object>> Sheet(IEnumerable<Row> rows) =>
        rows.Select(row => ItemColumns.Exported.Select((c, n) => (c.Name, Value: row.Cells[n]))
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    /// <summary>An array of objects with the column names in camelCase (the import matches names case-insensitively).</summary>
    public static byte[] Json(IEnumerable<Row> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var n = 0; n < ItemColumns.Exported.Count; n++)
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(ItemColumns.Exported[n].Name);
                    if (row.Cells[n] is int number) json.WriteNumber(name, number);
                    else json.WriteString(name, (string)row.Cells[n]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
    }
}
