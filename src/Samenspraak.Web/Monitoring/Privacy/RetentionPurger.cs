using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Privacy;

/// <summary>
/// Enforces each municipality's retention (<see cref="MunicipalitySettings.MessageRetentionDays"/>, 180 days when
/// the municipality has no settings row): messages published before the cut-off lose their text, raw handle, url
/// and evidence spans and get <see cref="Message.PurgedAt"/>. Scores, flags, channel and dates stay, so counts,
/// shares and trends over older periods keep working. One set-based update per municipality, never row by row.
/// </summary>
public sealed class RetentionPurger(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Purges every municipality; returns the number of messages whose text was emptied.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var retention = await db.Set<MunicipalitySettings>().IgnoreTenantFilter().AsNoTracking()
            .ToDictionaryAsync(s => s.MunicipalityId, s => s.MessageRetentionDays, ct);
        var municipalities = await db.Set<Message>().IgnoreTenantFilter()
            .Where(m => m.PurgedAt == null).Select(m => m.MunicipalityId).Distinct().ToListAsync(ct);
        var total = 0;
        foreach (var municipality in municipalities)
        {
            var days = retention.TryGetValue(municipality, out var configured) && configured > 0 ? configured : MunicipalitySettings.DefaultRetentionDays;
            var cutoff = now.AddDays(-days);
            var purged = await db.Set<Message>().IgnoreTenantFilter()
                .Where(m => m.MunicipalityId == municipality && m.PurgedAt == null && m.PublishedAt < cutoff)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Text, "")
                    .SetProperty(m => m.RawHandle, (string?)null)
                    .SetProperty(m => m.Url, (string?)null)
                    .SetProperty(m => m.EvidenceJson, (string?)null)
                    .SetProperty(m => m.PurgedAt, now), ct);
            if (purged > 0)
            {
                await audit.WriteAsync(MonitoringAuditActions.RetentionPurged, nameof(Message), null,
                    string.Create(CultureInfo.InvariantCulture, $"{purged} berichten ouder dan {days} dagen"), municipality, ct);
            }

            total += purged;
        }

        return total;
    }
}
