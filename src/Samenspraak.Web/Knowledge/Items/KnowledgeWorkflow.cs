using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Items;

/// <summary>
/// The review workflow. A professional saves drafts and submits; a curator approves (publishes), asks for changes
/// or rejects, with a note. The proposer may edit only while the item is a draft or sent back; curators always.
/// Every step is a version with an audit entry (through <see cref="KnowledgeStore"/>).
/// </summary>
public sealed class KnowledgeWorkflow(AppDbContext db, KnowledgeStore store, TimeProvider clock)
{
    public static bool ProposerMayEdit(KnowledgeItem item, Guid userId) =>
        item.ProposedById == userId && item.Status is KnowledgeStatus.Draft or KnowledgeStatus.ChangesRequested;

    /// <summary>A slug from the title, made unique with a number when needed.</summary>
    public async Task<string> UniqueSlugAsync(string title, Guid? except, CancellationToken ct = default)
    {
        var words = Search.TextFolding.Words(title).Take(8);
        var baseSlug = string.Join('-', words);
        if (baseSlug.Length == 0)
        {
            baseSlug = "item";
        }

        baseSlug = baseSlug.Length > 100 ? baseSlug[..100].TrimEnd('-') : baseSlug;
        var slug = baseSlug;
        for (var n = 2; await db.Set<KnowledgeItem>().AnyAsync(i => i.Slug == slug && i.Id != (except ?? Guid.Empty), ct); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    public async Task SaveProposalAsync(KnowledgeItem item, Guid userId, Guid? municipalityId, bool submit, CancellationToken ct = default)
    {
        if (item.ProposedById is null)
        {
            item.ProposedById = userId;
            item.ProposedByMunicipalityId = municipalityId;
        }

        if (string.IsNullOrEmpty(item.Slug))
        {
            item.Slug = await UniqueSlugAsync(item.Title, item.Id, ct);
        }

        if (item.Status != KnowledgeStatus.Published)
        {
            item.Status = submit ? KnowledgeStatus.Submitted : KnowledgeStatus.Draft;
        }

        await store.SaveAsync(item, submit ? KnowledgeActions.Submitted : KnowledgeActions.DraftSaved, userId, ct: ct);
    }

    public async Task ApproveAsync(KnowledgeItem item, Guid curatorId, string? note, CancellationToken ct = default)
    {
        item.Status = KnowledgeStatus.Published;
        item.PublishedAt ??= clock.GetUtcNow();
        item.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await store.SaveAsync(item, KnowledgeActions.Approved, curatorId, item.ReviewNote, ct);
    }

    public async Task RequestChangesAsync(KnowledgeItem item, Guid curatorId, string note, CancellationToken ct = default)
    {
        item.Status = KnowledgeStatus.ChangesRequested;
        item.ReviewNote = note.Trim();
        await store.SaveAsync(item, KnowledgeActions.ChangesRequested, curatorId, item.ReviewNote, ct);
    }

    public async Task RejectAsync(KnowledgeItem item, Guid curatorId, string note, CancellationToken ct = default)
    {
        item.Status = KnowledgeStatus.Rejected;
        item.ReviewNote = note.Trim();
        await store.SaveAsync(item, KnowledgeActions.Rejected, curatorId, item.ReviewNote, ct);
    }

    /// <summary>A curator's edit of any item; marks seeded items as edited so shipped updates never overwrite it.</summary>
    public async Task CuratorEditAsync(KnowledgeItem item, Guid curatorId, CancellationToken ct = default)
    {
        if (item.SeedHash is not null)
        {
            item.EditedAfterSeed = true;
        }

        await store.SaveAsync(item, KnowledgeActions.Edited, curatorId, ct: ct);
    }
}
