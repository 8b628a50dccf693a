using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>What a search asks for. Empty lists mean "any"; values within one facet are OR, facets are AND.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public IReadOnlyCollection<string> Kinds { get; init; } = [];
    public IReadOnlyCollection<string> Themes { get; init; } = [];
    public IReadOnlyCollection<string> TargetGroups { get; init; } = [];
    public IReadOnlyCollection<string> Provinces { get; init; } = [];
    public IReadOnlyCollection<string> Municipalities { get; init; } = [];

    /// <summary>Items whose period overlaps these years (inclusive); null means open.</summary>
    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public sealed record SearchHit(KnowledgeItem Item, double Score, string SnippetHtml);

public sealed record FacetValue(string Value, int Count);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>
/// Search over published items: the database's full-text engine finds and scores the text, facets are counted over
/// a compact projection in memory (each facet counted with every other facet's filter applied, so a count says how
/// many results choosing that value gives), and the final order mixes relevance with recency.
/// </summary>
public sealed class KnowledgeSearch(AppDbContext db, FullTextQuery fullText)
{
    public const string KindFacet = "type";
    public const string ThemeFacet = "thema";
    public const string TargetGroupFacet = "doelgroep";
    public const string ProvinceFacet = "provincie";
    public const string MunicipalityFacet = "gemeente";
    public const string YearFacet = "periode";

    private sealed record Row(Guid Id, string Kind, List<string> Themes, List<string> TargetGroups, List<string> Provinces,
        List<string> Municipalities, string? PeriodStart, string? PeriodEnd, DateTimeOffset UpdatedAt);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        Dictionary<Guid, double>? relevance = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            relevance = await fullText.MatchAsync(request.Query, ct);
            if (relevance.Count == 0)
            {
                return new SearchResult(0, [], EmptyFacets());
            }
        }

        var query = db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == KnowledgeStatus.Published);
        if (relevance is not null && relevance.Count <= 2000)
        {
            var ids = relevance.Keys.ToList();
            query = query.Where(i => ids.Contains(i.Id));
        }

        var rows = await query
            .Select(i => new Row(i.Id, i.Kind, i.Themes, i.TargetGroups, i.Provinces, i.Municipalities, i.PeriodStart, i.PeriodEnd, i.UpdatedAt))
            .ToListAsync(ct);
        if (relevance is not null)
        {
            rows = rows.Where(r => relevance.ContainsKey(r.Id)).ToList();
        }

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            [KindFacet] = Count(rows.Where(r => Passes(r, request, except: KindFacet)), r => [r.Kind]),
            [ThemeFacet] = Count(rows.Where(r => Passes(r, request, except: ThemeFacet)), r => r.Themes),
            [TargetGroupFacet] = Count(rows.Where(r => Passes(r, request, except: TargetGroupFacet)), r => r.TargetGroups),
            [ProvinceFacet] = Count(rows.Where(r => Passes(r, request, except: ProvinceFacet)), r => r.Provinces),
            [MunicipalityFacet] = Count(rows.Where(r => Passes(r, request, except: MunicipalityFacet)), r => r.Municipalities),
            [YearFacet] = Count(rows.Where(r => Passes(r, request, except: YearFacet)), r => Years(r).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };

        var matching = rows.Where(r => Passes(r, request, except: null)).ToList();
        var now = DateTimeOffset.UtcNow;
        var maxRelevance = relevance is { Count: > 0 } ? relevance.Values.Max() : 1;
        var ranked = matching
            .Select(r => (Row: r, Score: Score(relevance is null ? null : relevance[r.Id] / (maxRelevance <= 0 ? 1 : maxRelevance), r.UpdatedAt, now)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Row.Id)
            .ToList();

        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var pageRows = ranked.Skip((page - 1) * size).Take(size).ToList();
        var pageIds = pageRows.Select(x => x.Row.Id).ToList();
        var items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => pageIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var hits = pageRows
            .Where(x => items.ContainsKey(x.Row.Id))
            .Select(x => new SearchHit(items[x.Row.Id], x.Score, Snippets.Highlight(items[x.Row.Id], request.Query)))
            .ToList();
        return new SearchResult(matching.Count, hits, facets);
    }

    /// <summary>
    /// Relevance dominates; among similar relevance the more recently updated item wins (a half-life of two years).
    /// Without a query, only recency orders.
    /// </summary>
    private static double Score(double? relevance, DateTimeOffset updated, DateTimeOffset now)
    {
        var ageYears = Math.Max(0, (now - updated).TotalDays / 365.25);
        var recency = Math.Pow(0.5, ageYears / 2);
        return relevance is { } r ? (0.8 * r) + (0.2 * recency) : recency;
    }

    private static bool Passes(Row r, SearchRequest q, string? except) =>
        (except == KindFacet || q.Kinds.Count == 0 || q.Kinds.Contains(r.Kind))
        && (except == ThemeFacet || q.Themes.Count == 0 || r.Themes.Any(q.Themes.Contains))
        && (except == TargetGroupFacet || q.TargetGroups.Count == 0 || r.TargetGroups.Any(q.TargetGroups.Contains))
        && (except == ProvinceFacet || q.Provinces.Count == 0 || r.Provinces.Any(q.Provinces.Contains))
        && (except == MunicipalityFacet || q.Municipalities.Count == 0 || r.Municipalities.Any(q.Municipalities.Contains))
        && (except == YearFacet || (q.FromYear is null && q.ToYear is null) || Overlaps(r, q.FromYear, q.ToYear));

    private static bool Overlaps(Row r, int? from, int? to)
    {
        var start = Year(r.PeriodStart);
        if (start is null)
        {
            return false;
        }

        var end = Year(r.PeriodEnd) ?? int.MaxValue;
        return (to is null || start <= to) && (from is null || end >= from);
    }

    private static IEnumerable<int> Years(Row r)
    {
        if (Year(r.PeriodStart) is not { } start)
        {
            return [];
        }

        var end = Year(r.PeriodEnd) ?? Math.Max(start, DateTime.UtcNow.Year);
        return Enumerable.Range(start, Math.Clamp(end - start + 1, 1, 50));
    }

    internal static int? Year(string? period) =>
        period is { Length: >= 4 } && int.TryParse(period.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    private static List<FacetValue> Count(IEnumerable<Row> rows, Func<Row, IEnumerable<string>> values) =>
        rows.SelectMany(r => values(r).Distinct())
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, IReadOnlyList<FacetValue>> EmptyFacets() => new()
    {
        [KindFacet] = [], [ThemeFacet] = [], [TargetGroupFacet] = [], [ProvinceFacet] = [], [MunicipalityFacet] = [], [YearFacet] = [],
    };

    /// <summary>Published items sharing the most themes, target groups and keywords with <paramref name="item"/>.</summary>
    public async Task<IReadOnlyList<KnowledgeItem>> SimilarAsync(KnowledgeItem item, int limit = 5, CancellationToken ct = default)
    {
        var candidates = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Status == KnowledgeStatus.Published && i.Id != item.Id)
            .Select(i => new { i.Id, i.Themes, i.TargetGroups, i.Keywords, i.SignalKinds })
            .ToListAsync(ct);
        var keywords = item.Keywords.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var best = candidates
            .Select(c => new
            {
                c.Id,
                Score = (2 * c.Themes.Intersect(item.Themes).Count()) + c.TargetGroups.Intersect(item.TargetGroups).Count()
                    + (3 * c.Keywords.Count(k => keywords.Contains(TextFolding.Fold(k)))) + c.SignalKinds.Intersect(item.SignalKinds).Count(),
            })
            .Where(c => c.Score > 1)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => c.Id)
            .ToList();
        var items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => best.Contains(i.Id)).ToListAsync(ct);
        return best.Select(id => items.First(i => i.Id == id)).ToList();
    }
}
