using System.Text.Json;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Items;

/// <summary>
/// The one way items are written: keeps the search document in step, raises the version, stores a version snapshot
/// and writes the audit log entry. Callers change the item's fields first and then call <see cref="SaveAsync"/>.
/// </summary>
public sealed class KnowledgeStore(AppDbContext db, DatabaseSettings settings, IAuditLog audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = false };

    /// <summary>The item as JSON without the derived search text.</summary>
    public static string Snapshot(KnowledgeItem item)
    {
        var node = JsonSerializer.SerializeToNode(item, SnapshotJson)!.AsObject();
        node.Remove(nameof(KnowledgeItem.SearchDocument));
        return node.ToJsonString(SnapshotJson);
    }

    public async Task SaveAsync(KnowledgeItem item, string action, Guid? actorId, string? note = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (db.Entry(item).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
        {
            if (item.Id == Guid.Empty)
            {
                item.Id = Guid.NewGuid();
            }

            item.CreatedAt = now;
            db.Add(item);
        }

        item.UpdatedAt = now;
        item.Version++;
        item.SearchDocument = SearchDocument.Build(item, stem: settings.Provider == DatabaseProvider.Sqlite);
        db.Add(new KnowledgeItemVersion
        {
            ItemId = item.Id,
            Version = item.Version,
            Action = action,
            Status = item.Status,
            ChangedById = actorId,
            Note = note,
            ChangedAt = now,
            Snapshot = Snapshot(item),
        });
        await db.SaveChangesAsync(ct);
        if (action is not (KnowledgeActions.Seeded or KnowledgeActions.SeedUpdated))
        {
            await audit.WriteAsync($"knowledge.{action}", nameof(KnowledgeItem), item.Id.ToString(), item.Title, ct: ct);
        }
    }
}
