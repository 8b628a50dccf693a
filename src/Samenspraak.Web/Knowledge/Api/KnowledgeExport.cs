using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Attachments;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Infrastructure.Text;

namespace Samenspraak.Web.Knowledge.Api;

/// <summary>The published databank as CSV, XLSX or JSON: one row per item, lists joined with "; ". No contact details.</summary>
public sealed class KnowledgeExport(AppDbContext db)
{
    public sealed record Row(
        string Slug, string Type, string Title, string Summary, string Themes, string TargetGroups, string Municipalities,
        string Region, string Provinces, string Owner, string Partners, string PeriodStart, string PeriodEnd, string Funding,
        string Keywords, string Claim, string Verdict, string Publisher, string ReviewDate, string ReviewUrl, string SourceTitle,
        string SourceUrl, string Url, int Version, string UpdatedAt, string Attachments);

    public async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published)
            .OrderBy(i => i.Kind).ThenBy(i => i.Slug)
            .ToListAsync(ct);
        var attachments = await AttachmentsByItemAsync(ct);
        static string J(IEnumerable<string> values) => string.Join("; ", values);
        return items.Select(i => new Row(
            i.Slug, i.Kind, i.Title, i.Summary, J(i.Themes), J(i.TargetGroups), J(i.Municipalities), i.Region ?? "", J(i.Provinces),
            i.Owner ?? "", J(i.Partners), i.PeriodStart ?? "", i.PeriodEnd ?? "", i.Funding ?? "", J(i.Keywords), i.Claim ?? "",
            i.Verdict ?? "", i.Publisher ?? "", i.ClaimReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            i.ReviewUrl ?? "", i.SourceTitle ?? "", i.SourceUrl ?? "", KnowledgeUrls.For(i.Kind, i.Slug), i.Version,
            i.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), attachments.GetValueOrDefault(i.Id, ""))).ToList();
    }

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
        var properties = typeof(Row).GetProperties();
        var text = new StringBuilder();
        SpreadsheetCsv.AppendLine(text, properties.Select(p => p.Name));
        foreach (var row in rows)
        {
            SpreadsheetCsv.AppendLine(text, properties.Select(p => Convert.ToString(p.GetValue(row), CultureInfo.InvariantCulture)));
        }

        return SpreadsheetCsv.ToBytes(text);
    }

    public static byte[] Xlsx(IEnumerable<Row> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Kennisbank");
        return stream.ToArray();
    }

    public static byte[] Json(IEnumerable<Row> rows) =>
        JsonSerializer.SerializeToUtf8Bytes(rows, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
}
