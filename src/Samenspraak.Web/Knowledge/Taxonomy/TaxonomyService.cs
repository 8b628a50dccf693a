using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Taxonomy;

/// <summary>Reads the shared theme and target-group taxonomy with labels in the current UI culture.</summary>
public sealed class TaxonomyService(AppDbContext db)
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task<IReadOnlyList<KnowledgeTerm>> TermsAsync(TermKind kind, CancellationToken ct = default) =>
        await db.Set<KnowledgeTerm>().AsNoTracking().Where(t => t.Kind == kind).OrderBy(t => t.SortOrder).ThenBy(t => t.Slug).ToListAsync(ct);

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
