using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Text;
using Samenspraak.Web.Knowledge.Attachments;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Api;

/// <summary>
/// The published databank as CSV, XLSX or JSON: one row per item in the columns of <see cref="ItemColumns.Exported"/>
/// (the same columns the curators' bulk import reads, so an export can be edited and imported again), followed by
/// <see cref="AttachmentsColumn"/>, which the import skips. No contact details.
/// </summary>
public sealed class KnowledgeExport(AppDbContext db)
{
    /// <summary>Export-only last column: each current attachment as "file-name (download path)".</summary>
    public const string AttachmentsColumn = "Attachments";

    /// <summary>The header row: the import's columns, then <see cref="AttachmentsColumn"/>.</summary>
    public static IReadOnlyList<string> Headers { get; } = [.. ItemColumns.Exported.Select(c => c.Name), AttachmentsColumn];

    /// <summary>One item's cells, aligned with <see cref="Headers"/>; the version is a number, the rest text.</summary>
    public sealed record Row(IReadOnlyList<object> Cells);

    public async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published)
            .OrderBy(i => i.Kind).ThenBy(i => i.Slug)
            .ToListAsync(ct);
        var attachments = await AttachmentsByItemAsync(ct);
        return items.Select(i => ToRow(i, attachments.GetValueOrDefault(i.Id, ""))).ToList();
    }

    public static Row ToRow(KnowledgeItem item, string attachments = "") =>
        new([.. ItemColumns.Exported.Select(c => c.Read(item) is int number ? (object)number : ItemColumns.Cell(c, item)), attachments]);

    /// <summary>Per published item its current attachments as "file-name (download path)", in their order.</summary>
    private async Task<Dictionary<Guid, string>> AttachmentsByItemAsync(CancellationToken ct)
    {
        var published = db.Set<KnowledgeItem>().Where(i => i.Status == KnowledgeStatus.Published).Select(i => i.Id);
        var attachments = await db.Set<KnowledgeAttachment>().AsNoTracking()
            .Where(a => a.RemovedAt == null && published.Contains(a.ItemId))
            .OrderBy(a => a.Position)
            .ToListAsync(ct);
        return attachments.GroupBy(a => a.ItemId).ToDictionary(
            g => g.Key, g => string.Join("; ", g.Select(a => $"{a.FileName} ({KnowledgeAttachments.UrlFor(a)})")));
    }

    /// <summary>Spreadsheet CSV (<see cref="SpreadsheetCsv"/>): what proposers wrote cannot run as a formula for the curator who exports it.</summary>
    public static byte[] Csv(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        SpreadsheetCsv.AppendLine(text, Headers);
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
        rows.Select(row => Headers.Select((name, n) => (Name: name, Value: row.Cells[n]))
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
                for (var n = 0; n < Headers.Count; n++)
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(Headers[n]);
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
