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
        await PrepareAsync(item, action, actorId, note, loadAttachments: true, ct);
        await db.SaveChangesAsync(ct);
        if (action is not (KnowledgeActions.Seeded or KnowledgeActions.SeedUpdated))
        {
            await audit.WriteAsync($"knowledge.{action}", nameof(KnowledgeItem), item.Id.ToString(), item.Title, ct: ct);
        }
    }

    /// <summary>
    /// Like <see cref="SaveAsync"/>, but only stages the item, its version and its audit entry in this unit of work,
    /// with the acting user given explicitly: for background work that saves many items in one transaction (the bulk
    /// import), where there is no signed-in user and the audit entry must commit or roll back with its item. The
    /// caller calls <c>SaveChangesAsync</c>.
    /// </summary>
    public async Task StageAsync(KnowledgeItem item, string action, KnowledgeActor actor, string? note = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // A new item has no stored attachments: only those staged in this unit of work can count.
        var isNew = db.Entry(item).State == Microsoft.EntityFrameworkCore.EntityState.Detached;
        await PrepareAsync(item, action, actor.UserId, note, loadAttachments: !isNew, ct);
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = actor.UserId, UserName = actor.UserName, MunicipalityId = actor.MunicipalityId,
            Action = $"knowledge.{action}", EntityType = nameof(KnowledgeItem), EntityId = item.Id.ToString(), Details = item.Title,
        });
    }

    private async Task PrepareAsync(KnowledgeItem item, string action, Guid? actorId, string? note, bool loadAttachments, CancellationToken ct)
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
        if (loadAttachments) await db.Set<KnowledgeAttachment>().Where(a => a.ItemId == item.Id).LoadAsync(ct);
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
    }
}

/// <summary>The user an item change is written for, when it is not the signed-in user of the current request.</summary>
public sealed record KnowledgeActor(Guid UserId, string? UserName, Guid? MunicipalityId);
