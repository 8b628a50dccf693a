using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Attachments;
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

    /// <summary>The item as JSON without the derived search text, with the attachments it has at that moment (id, name, hash).</summary>
    public static string Snapshot(KnowledgeItem item, IEnumerable<KnowledgeAttachment> attachments)
    {
        var node = JsonSerializer.SerializeToNode(item, SnapshotJson)!.AsObject();
        node.Remove(nameof(KnowledgeItem.SearchDocument));
        node[SnapshotAttachments] = new JsonArray([.. attachments.Select(a => (JsonNode)new JsonObject
        {
            ["Id"] = a.Id, ["FileName"] = a.FileName, ["Title"] = a.Title, ["Size"] = a.Size, ["Sha256"] = a.Sha256,
        })]);
        return node.ToJsonString(SnapshotJson);
    }

    /// <summary>The snapshot property listing the version's attachments.</summary>
    public const string SnapshotAttachments = "Attachments";

    /// <summary>The file names of the attachments a version snapshot lists (older snapshots list none).</summary>
    public static IReadOnlyList<string> SnapshotAttachmentNames(string snapshot)
    {
        try
        {
            return JsonNode.Parse(snapshot)?[SnapshotAttachments] is JsonArray list
                ? [.. list.Select(a => a?["FileName"]?.GetValue<string>() ?? "")]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
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
        // The attachments staged in this unit of work (added, edited, removed) count for this version.
        await db.Set<KnowledgeAttachment>().Where(a => a.ItemId == item.Id).LoadAsync(ct);
        var attachments = db.Set<KnowledgeAttachment>().Local.Where(a => a.ItemId == item.Id && a.RemovedAt == null).OrderBy(a => a.Position);
        db.Add(new KnowledgeItemVersion
        {
            ItemId = item.Id,
            Version = item.Version,
            Action = action,
            Status = item.Status,
            ChangedById = actorId,
            Note = note,
            ChangedAt = now,
            Snapshot = Snapshot(item, attachments),
        });
        await db.SaveChangesAsync(ct);
        if (action is not (KnowledgeActions.Seeded or KnowledgeActions.SeedUpdated))
        {
            await audit.WriteAsync($"knowledge.{action}", nameof(KnowledgeItem), item.Id.ToString(), item.Title, ct: ct);
        }
    }
}
