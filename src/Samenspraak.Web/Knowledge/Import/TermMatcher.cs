using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Resolves what a curator typed for a theme or target group: the slug, or the Dutch or English label written any
/// way (case and accents ignored). For anything else it finds the closest active term, to suggest in the report.
/// </summary>
public sealed class TermMatcher(IReadOnlyList<KnowledgeTerm> terms)
{
    private readonly IReadOnlyList<KnowledgeTerm> _terms = terms;

    private readonly Dictionary<string, KnowledgeTerm> _byName = Index(terms);

    private static Dictionary<string, KnowledgeTerm> Index(IReadOnlyList<KnowledgeTerm> terms)
    {
        var index = new Dictionary<string, KnowledgeTerm>(StringComparer.Ordinal);
        // Active terms first, so a label shared with a retired term resolves to the active one.
        foreach (var term in terms.OrderBy(t => t.RetiredAt is not null))
        {
            foreach (var name in new[] { term.Slug, Key(term.LabelNl), Key(term.LabelEn) }.Where(n => n.Length > 0))
            {
                index.TryAdd(name, term);
            }
        }

        return index;
    }

    /// <summary>The slug, or null when the entry is no term that may be used here.</summary>
    /// <param name="carried">Tags the item already has: a retired term it carries stays allowed (an export re-imports).</param>
    public string? Resolve(string entry, IReadOnlyCollection<string> carried)
    {
        if (!_byName.TryGetValue(entry, out var term) && !_byName.TryGetValue(Key(entry), out term))
        {
            return null;
        }

        if (term.MergedInto is { } survivor)
        {
            return survivor;
        }

        return term.IsActive || carried.Contains(term.Slug) ? term.Slug : null;
    }

    /// <summary>The active term closest to the entry, when it is close enough to be a plausible typo.</summary>
    public KnowledgeTerm? Closest(string entry)
    {
        var key = Key(entry);
        if (key.Length == 0) return null;
        var best = _terms.Where(t => t.IsActive)
            .Select(t => (Term: t, Distance: new[] { t.Slug, Key(t.LabelNl), Key(t.LabelEn) }.Where(n => n.Length > 0).Min(n => Distance(key, n))))
            .OrderBy(p => p.Distance).ThenBy(p => p.Term.SortOrder)
            .FirstOrDefault();
        return best.Term is not null && best.Distance <= Math.Max(2, key.Length / 3) ? best.Term : null;
    }

    /// <summary>Lower case, no accents, words joined by hyphens: "Sociale cohésie" and "sociale-cohesie" meet.</summary>
    public static string Key(string text) => string.Join('-', TextFolding.Words(text));

    /// <summary>Levenshtein distance (edits to turn one into the other).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
