using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Seeding;

/// <summary>
/// Loads the shipped starter content on every start, cheaply: a new item is inserted, an item whose shipped file
/// changed is updated only while nobody edited it in the app (otherwise the newer shipped version is logged and left
/// for a curator; curator edits are never overwritten). Missing taxonomy terms are added, existing ones kept.
/// Also makes sure the full-text structures exist.
/// </summary>
internal sealed class KnowledgeSeeder(AppDbContext db, DatabaseSettings settings, KnowledgeStore store, TaxonomyService taxonomy, ILogger<KnowledgeSeeder> logger) : IModuleSeeder
{
    public int Order => 10;

    public async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        await SearchSchema.EnsureAsync(db, settings.Provider, cancellationToken);
        await SeedTermsAsync(TermKind.Theme, SeedFiles.Themes().Themes ?? [], cancellationToken);
        await SeedTermsAsync(TermKind.TargetGroup, SeedFiles.TargetGroups().TargetGroups ?? [], cancellationToken);

        var merges = await taxonomy.MergesAsync(cancellationToken);
        var known = await db.Set<KnowledgeItem>().Select(i => new { i.Slug, i.SeedHash, i.EditedAfterSeed }).ToDictionaryAsync(i => i.Slug, cancellationToken);
        foreach (var (seed, hash) in SeedFiles.Items())
        {
            if (!known.TryGetValue(seed.Slug, out var existing))
            {
                var item = new KnowledgeItem { Status = KnowledgeStatus.Published, SeedHash = hash };
                seed.ApplyTo(item);
                FollowMerges(item, merges);
                item.PublishedAt = DateTimeOffset.UtcNow;
                await store.SaveAsync(item, KnowledgeActions.Seeded, actorId: null, ct: cancellationToken);
            }
            else if (existing.SeedHash != hash && existing.SeedHash is not null)
            {
                if (existing.EditedAfterSeed)
                {
                    logger.LogWarning("Knowledge item {Slug} has a newer shipped version, but a curator edited it; left unchanged.", seed.Slug);
                    continue;
                }

                var item = await db.Set<KnowledgeItem>().FirstAsync(i => i.Slug == seed.Slug, cancellationToken);
                seed.ApplyTo(item);
                FollowMerges(item, merges);
                item.SeedHash = hash;
                await store.SaveAsync(item, KnowledgeActions.SeedUpdated, actorId: null, ct: cancellationToken);
            }
        }
    }

    /// <summary>A shipped file may still name a term a curator merged away; tag the item with the surviving term.</summary>
    private static void FollowMerges(KnowledgeItem item, IReadOnlyDictionary<(TermKind, string), string> merges)
    {
        foreach (var ((kind, from), to) in merges)
        {
            if (kind == TermKind.Theme)
            {
                item.Themes = TaxonomyCuration.Retag(item.Themes, from, to);
            }
            else
            {
                item.TargetGroups = TaxonomyCuration.Retag(item.TargetGroups, from, to);
            }
        }
    }

    /// <summary>Only missing slugs are added: a curator's label, description, retirement or merge is never overwritten.</summary>
    private async Task SeedTermsAsync(TermKind kind, List<SeedTerm> terms, CancellationToken ct)
    {
        var existing = await db.Set<KnowledgeTerm>().Where(t => t.Kind == kind).Select(t => t.Slug).ToListAsync(ct);
        var order = 0;
        foreach (var term in terms)
        {
            order++;
            if (!existing.Contains(term.Slug))
            {
                db.Add(new KnowledgeTerm
                {
                    Id = Guid.NewGuid(), Kind = kind, Slug = term.Slug, LabelNl = term.LabelNl, LabelEn = term.LabelEn,
                    Description = term.Description, SortOrder = order,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
