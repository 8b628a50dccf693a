using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Items;

/// <summary><see cref="IKnowledgeDirectory"/> over the published items; never returns contact details.</summary>
internal sealed class KnowledgeDirectory(AppDbContext db, KnowledgeSearch search, TaxonomyService taxonomy) : IKnowledgeDirectory
{
    public async Task<IReadOnlyList<KnowledgeRef>> SearchAsync(string? query, IReadOnlyCollection<string>? kinds = null, string? theme = null,
        string? province = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        var result = await search.SearchAsync(new SearchRequest
        {
            Query = query,
            Kinds = kinds ?? [],
            Themes = string.IsNullOrEmpty(theme) ? [] : [theme],
            Provinces = string.IsNullOrEmpty(province) ? [] : [province],
            PageSize = Math.Clamp(limit, 1, 100),
        }, cancellationToken);
        return result.Hits.Select(h => ToRef(h.Item)).ToList();
    }

    public async Task<IReadOnlyList<KnowledgeRef>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.ToList();
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => list.Contains(i.Id) && i.Status == KnowledgeStatus.Published)
            .ToListAsync(cancellationToken);
        return items.OrderBy(i => list.IndexOf(i.Id)).Select(ToRef).ToList();
    }

    public async Task<IReadOnlyList<KnowledgeRef>> PublishedSinceAsync(DateTimeOffset since, IReadOnlyCollection<string> kinds,
        IReadOnlyCollection<string> themes, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (kinds.Count == 0 || themes.Count == 0)
        {
            return [];
        }

        var kindList = kinds.ToList();
        var themeList = themes.ToList();
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published && i.PublishedAt > since && kindList.Contains(i.Kind)
                && i.Themes.Any(t => themeList.Contains(t)))
            .OrderBy(i => i.PublishedAt).ThenBy(i => i.Id)
            .Take(Math.Clamp(limit, 1, 100))
            .ToListAsync(cancellationToken);
        return items.Select(ToRef).ToList();
    }

    public async Task<IReadOnlyList<TaxonomyTerm>> GetThemesAsync(CancellationToken cancellationToken = default) =>
        (await taxonomy.TermsAsync(TermKind.Theme, cancellationToken)).Select(t => new TaxonomyTerm(t.Slug, t.Label(TaxonomyService.English))).ToList();

    public async Task<IReadOnlyList<TaxonomyTerm>> GetTargetGroupsAsync(CancellationToken cancellationToken = default) =>
        (await taxonomy.TermsAsync(TermKind.TargetGroup, cancellationToken)).Select(t => new TaxonomyTerm(t.Slug, t.Label(TaxonomyService.English))).ToList();

    internal static KnowledgeRef ToRef(KnowledgeItem i) =>
        new(i.Id, i.Kind, i.Title, i.Summary, KnowledgeUrls.For(i.Kind, i.Slug), i.Themes, i.Provinces);
}
