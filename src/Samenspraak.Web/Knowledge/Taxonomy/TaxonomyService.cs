using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Taxonomy;

/// <summary>Reads the shared theme and target-group taxonomy with labels in the current UI culture.</summary>
public sealed class TaxonomyService(AppDbContext db)
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The active terms of a kind: what new tagging offers. Retired and merged terms are left out.</summary>
    public async Task<IReadOnlyList<KnowledgeTerm>> TermsAsync(TermKind kind, CancellationToken ct = default) =>
        await db.Set<KnowledgeTerm>().AsNoTracking().Where(t => t.Kind == kind && t.RetiredAt == null).OrderBy(t => t.SortOrder).ThenBy(t => t.Slug).ToListAsync(ct);

    /// <summary>Every term of a kind, retired ones included (the curators' overview).</summary>
    public async Task<IReadOnlyList<KnowledgeTerm>> AllTermsAsync(TermKind kind, CancellationToken ct = default) =>
        await db.Set<KnowledgeTerm>().AsNoTracking().Where(t => t.Kind == kind).OrderBy(t => t.RetiredAt != null).ThenBy(t => t.SortOrder).ThenBy(t => t.Slug).ToListAsync(ct);

    /// <summary>
    /// What an edit form offers: the active terms plus the retired (not merged) terms the item already carries, so
    /// saving an old item does not silently drop a retired tag.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeTerm>> TaggableAsync(TermKind kind, IReadOnlyCollection<string> alreadyTagged, CancellationToken ct = default)
    {
        var tagged = alreadyTagged.ToList();
        return await db.Set<KnowledgeTerm>().AsNoTracking()
            .Where(t => t.Kind == kind && (t.RetiredAt == null || (t.MergedInto == null && tagged.Contains(t.Slug))))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Slug)
            .ToListAsync(ct);
    }

    /// <summary>Merged slug to the slug it was merged into, per kind, so re-applied seed files follow curators' merges.</summary>
    public async Task<IReadOnlyDictionary<(TermKind, string), string>> MergesAsync(CancellationToken ct = default) =>
        await db.Set<KnowledgeTerm>().AsNoTracking().Where(t => t.MergedInto != null)
            .ToDictionaryAsync(t => (t.Kind, t.Slug), t => t.MergedInto!, ct);

    /// <summary>Slug to label for both kinds, so a page can label any facet value; unknown slugs label themselves.</summary>
    public async Task<Labels> LabelsAsync(CancellationToken ct = default)
    {
        var terms = await db.Set<KnowledgeTerm>().AsNoTracking().ToListAsync(ct);
        return new Labels(
            terms.Where(t => t.Kind == TermKind.Theme).ToDictionary(t => t.Slug, t => t.Label(English), StringComparer.Ordinal),
            terms.Where(t => t.Kind == TermKind.TargetGroup).ToDictionary(t => t.Slug, t => t.Label(English), StringComparer.Ordinal));
    }

    public sealed record Labels(IReadOnlyDictionary<string, string> Themes, IReadOnlyDictionary<string, string> TargetGroups)
    {
        public string Theme(string slug) => Themes.TryGetValue(slug, out var l) ? l : slug;

        public string TargetGroup(string slug) => TargetGroups.TryGetValue(slug, out var l) ? l : slug;
    }
}
