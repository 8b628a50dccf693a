using System.Globalization;
using System.Runtime.CompilerServices;
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
/// Search over published items. The database's own engine finds and scores the text; the facets are counted with
/// every other facet's filter applied (so a count says how many results choosing that value gives), with the total
/// and one ranked page of ids: on PostgreSQL in one statement (<see cref="SearchSql"/>), on SQLite in one pass over
/// the matches (<see cref="SqliteSearch"/>). Only the page's items are loaded and given snippets.
/// </summary>
public sealed class KnowledgeSearch(AppDbContext db, FullTextQuery fullText)
{
    public const string KindFacet = "type";
    public const string ThemeFacet = "thema";
    public const string TargetGroupFacet = "doelgroep";
    public const string ProvinceFacet = "provincie";
    public const string MunicipalityFacet = "gemeente";
    public const string YearFacet = "periode";

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var match = fullText.Expression(request.Query);
        if (match is null && !string.IsNullOrWhiteSpace(request.Query))
        {
            // Only punctuation or symbols were typed: nothing can match.
            return new SearchResult(0, [], EmptyFacets());
        }

        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var now = DateTimeOffset.UtcNow;

        // One connection for the search and the page's items: on SQLite without pooling, every open reads the schema.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var counts = fullText.Provider == DatabaseProvider.Sqlite
                ? await SqliteSearch.RunAsync(db.Database.GetDbConnection(), request, match, now, (page - 1) * size, size, ct)
                : await PostgresCountsAsync(request, match, now, (page - 1) * size, size, ct);

            var facets = EmptyFacets();
            foreach (var (facet, values) in counts.Facets)
            {
                facets[facet] = Ordered(values.Select(v => new FacetValue(v.Key, v.Value)));
            }

            var years = new Dictionary<int, int>();
            foreach (var (start, end, count) in counts.Periods)
            {
                SpreadOverYears(start, end, count, years, now.Year);
            }

            facets[YearFacet] = Ordered(years.Select(y => new FacetValue(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)));

            var ids = counts.Page.Select(p => p.Id).ToList();
            var items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
            var hits = counts.Page
                .Where(p => items.ContainsKey(p.Id))
                .Select(p => new SearchHit(items[p.Id], p.Score, Snippets.Highlight(items[p.Id], request.Query)))
                .ToList();
            return new SearchResult(counts.Total, hits, facets);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>PostgreSQL: one statement counts, ranks and pages (<see cref="SearchSql"/>).</summary>
    private async Task<SearchCounts> PostgresCountsAsync(SearchRequest request, string? match, DateTimeOffset now, int offset, int limit, CancellationToken ct)
    {
        var (sql, parameters) = SearchSql.Build(request, match, now, offset, limit);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var periods = new List<(int, int?, int)>();
        var page = new List<(Guid Id, long Position, double Score)>();
        var total = 0;
        await foreach (var row in RowsAsync(sql, parameters, ct))
        {
            switch (row.Kind)
            {
                case SearchSql.TotalRow:
                    total = (int)row.Count;
                    break;
                case SearchSql.PageRow:
                    page.Add((Guid.Parse(row.Value!), row.Count, row.Score ?? 0));
                    break;
                case YearFacet:
                    if (ParsePeriod(row.Value!) is { } period)
                    {
                        periods.Add((period.Start, period.End, (int)row.Count));
                    }

                    break;
                default:
                    if (row.Value is { } value)
                    {
                        var facet = counts.TryGetValue(row.Kind, out var f) ? f : counts[row.Kind] = new Dictionary<string, int>(StringComparer.Ordinal);
                        facet[value] = (int)row.Count;
                    }

                    break;
            }
        }

        return new SearchCounts(total, page.OrderBy(p => p.Position).Select(p => (p.Id, p.Score)).ToList(), counts, periods);
    }

    private sealed record SqlRow(string Kind, string? Value, long Count, double? Score);

    private async IAsyncEnumerable<SqlRow> RowsAsync(string sql, IReadOnlyList<(string Name, object Value)> parameters, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new SqlRow(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A period row "start-end" (end empty while running), as PostgreSQL returns it.</summary>
    private static (int Start, int? End)? ParsePeriod(string pair)
    {
        var dash = pair.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !int.TryParse(pair.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return (start, int.TryParse(pair.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end) ? end : null);
    }

    /// <summary>
    /// A period (end null while running) counts for every year it covers; a running period lasts until this year.
    /// Items in different periods never overlap, so summing per year counts each item once.
    /// </summary>
    private static void SpreadOverYears(int start, int? end, int count, Dictionary<int, int> years, int currentYear)
    {
        var last = end ?? Math.Max(start, currentYear);
        foreach (var year in Enumerable.Range(start, Math.Clamp(last - start + 1, 1, 50)))
        {
            years[year] = years.GetValueOrDefault(year) + count;
        }
    }

    private static List<FacetValue> Ordered(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

    private static Dictionary<string, IReadOnlyList<FacetValue>> EmptyFacets() => new(StringComparer.Ordinal)
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
