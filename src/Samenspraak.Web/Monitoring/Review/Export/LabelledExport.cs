using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Monitoring.Review.Export;

/// <summary>
/// Writes the reviewed messages of the current municipality as labelled data in the format that
/// <c>samenspraak evaluate</c> and <c>train</c> read (docs/cli.md): CSV with a header <c>id,text</c> and one 0/1
/// column per signal in the engine's order, RFC 4180 quoting, UTF-8 without BOM. A message counts as reviewed when
/// a person confirmed, rejected or relabelled it (status Bevestigd or Afgewezen with labels); purged texts are left
/// out. Read in id order in batches, so a large export never sits in memory.
/// </summary>
public sealed class LabelledExport(AppDbContext db, IAuditLog audit)
{
    private const int BatchSize = 1000;

    public static string Header { get; } = string.Join(',', new[] { "id", "text" }.Concat(Signals.All.Select(s => s.MachineName())));

    public async Task<int> WriteAsync(Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(Header);
        var rows = 0;
        var exported = new List<long>();
        long after = 0;
        while (true)
        {
            var batch = await db.Set<Message>().AsNoTracking()
                .Where(m => m.Id > after && m.Labels != null && m.PurgedAt == null
                    && (m.ReviewStatus == ReviewStatus.Bevestigd || m.ReviewStatus == ReviewStatus.Afgewezen))
                .OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Text, Labels = m.Labels!.Value })
                .Take(BatchSize)
                .ToListAsync(ct);
            foreach (var row in batch)
            {
                await writer.WriteLineAsync(Line(row.Id, row.Text, row.Labels));
                exported.Add(row.Id);
            }

            rows += batch.Count;
            if (batch.Count < BatchSize)
            {
                break;
            }

            after = batch[^1].Id;
        }

        await writer.FlushAsync(ct);
        // Exporting is a bulk view of message text: audited with the count and the first ids.
        var details = string.Concat(rows.ToString(CultureInfo.InvariantCulture), " rijen: ",
            string.Join(',', exported.Take(200).Select(id => id.ToString(CultureInfo.InvariantCulture))));
        await audit.WriteAsync(ReviewAuditActions.LabelledExported, nameof(Message), null, details[..Math.Min(details.Length, 4000)], ct: ct);
        return rows;
    }

    public static string Line(long id, string text, SignalFlags labels)
    {
        var builder = new StringBuilder(text.Length + 32);
        builder.Append(id.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Quote(text));
        foreach (var signal in Signals.All)
        {
            builder.Append(',').Append(labels.Has(signal) ? '1' : '0');
        }

        return builder.ToString();
    }

    /// <summary>RFC 4180: quoted when the field holds a comma, quote or line break; quotes doubled.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : string.Concat("\"", field.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
    }
}
