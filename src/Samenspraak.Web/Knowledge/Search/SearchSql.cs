using System.Globalization;
using System.Text;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// PostgreSQL: builds the one statement that answers a search: the full-text match, the facet counts (GROUP BY, each facet with
/// every other facet's filter applied), the total and one ranked page of ids. Everything is counted and ordered by the
/// database, so only the page's ids and the (few) facet rows come back. Rows have the shape (kind, value, n, score):
/// kind is a facet name, <see cref="TotalRow"/> or <see cref="PageRow"/>.
/// </summary>
internal sealed class SearchSql
{
    public const string TotalRow = "#total";
    public const string PageRow = "#page";

    private readonly SearchRequest request;
    private readonly List<(string Name, object Value)> parameters = [];

    private SearchSql(SearchRequest request) => this.request = request;

    public static (string Sql, IReadOnlyList<(string Name, object Value)> Parameters) Build(
        SearchRequest request, string? matchExpression, DateTimeOffset now, int offset, int limit)
    {
        var sql = new SearchSql(request);
        return (sql.Statement(matchExpression, now, offset, limit), sql.parameters);
    }

    private string Statement(string? match, DateTimeOffset now, int offset, int limit)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        AddListFilter(filters, KnowledgeSearch.KindFacet, request.Kinds, scalarColumn: Col("Kind"));
        AddListFilter(filters, KnowledgeSearch.ThemeFacet, request.Themes, scalarColumn: null, listColumn: Col("Themes"));
        AddListFilter(filters, KnowledgeSearch.TargetGroupFacet, request.TargetGroups, scalarColumn: null, listColumn: Col("TargetGroups"));
        AddListFilter(filters, KnowledgeSearch.ProvinceFacet, request.Provinces, scalarColumn: null, listColumn: Col("Provinces"));
        AddListFilter(filters, KnowledgeSearch.MunicipalityFacet, request.Municipalities, scalarColumn: null, listColumn: Col("Municipalities"));
        if (request.FromYear is not null || request.ToYear is not null)
        {
            // An item overlaps the asked years when it starts before their end and ends (or is still running) after their start.
            var condition = "b.ys IS NOT NULL";
            if (request.ToYear is { } to)
            {
                condition += $" AND b.ys <= {Parameter("to", to)}";
            }

            if (request.FromYear is { } from)
            {
                condition += $" AND COALESCE(b.ye, 9999) >= {Parameter("from", from)}";
            }

            filters[KnowledgeSearch.YearFacet] = condition;
        }

        string Where(string? except, string? extra = null)
        {
            var parts = filters.Where(f => f.Key != except).Select(f => f.Value).ToList();
            if (extra is not null)
            {
                parts.Add(extra);
            }

            return parts.Count == 0 ? "" : " WHERE " + string.Join(" AND ", parts);
        }

        // Facets whose filters are the same (all list facets when no list is filtered) share one count per tag set.
        var tagSetCounts = new Dictionary<string, string>(StringComparer.Ordinal);
        var ctes = new StringBuilder("WITH ").Append(Base(match));
        string TagSetCounts(string where)
        {
            if (!tagSetCounts.TryGetValue(where, out var name))
            {
                name = $"g{tagSetCounts.Count}";
                tagSetCounts[where] = name;
                ctes.Append(CultureInfo.InvariantCulture, $"""
                    ,
                    {name} AS MATERIALIZED (SELECT {TagListColumns}, c.n FROM (SELECT b."TagSet", count(*) AS n FROM b{where} GROUP BY b."TagSet") c
                      JOIN "{SearchSchema.PostgresTagSetTable}" t ON t."Id" = c."TagSet")
                    """);
            }

            return name;
        }

        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT '{KnowledgeSearch.KindFacet}'::text AS f, b.{Col("Kind")}::text AS v, count(*) AS n, NULL::double precision AS s FROM b{Where(KnowledgeSearch.KindFacet)} GROUP BY b.{Col("Kind")}\n");
        foreach (var (facet, column) in SearchSchema.TagFacets)
        {
            // Matches are counted per tag set (one integer each), then each set's values get the set's count: the sets
            // hold each list without repeats, so an item counts once per value.
            var counts = TagSetCounts(Where(facet));
            sql.Append(CultureInfo.InvariantCulture,
                $"UNION ALL SELECT '{facet}', x.v, sum({counts}.n)::bigint, NULL FROM {counts} CROSS JOIN LATERAL unnest({counts}.\"{column}\") AS x(v) GROUP BY x.v\n");
        }

        // Periods come back per (start, end) pair; the caller spreads each pair over its years (a handful of rows).
        sql.Append(CultureInfo.InvariantCulture,
            $"UNION ALL SELECT '{KnowledgeSearch.YearFacet}', b.ys::text || '-' || COALESCE(b.ye::text, ''), count(*), NULL FROM b{Where(KnowledgeSearch.YearFacet, "b.ys IS NOT NULL")} GROUP BY b.ys, b.ye\n");
        sql.Append(CultureInfo.InvariantCulture, $"UNION ALL SELECT '{TotalRow}', NULL, count(*), NULL FROM b{Where(null)}\n");

        var score = Score(match is not null, now);
        sql.Append(CultureInfo.InvariantCulture, $"""
            UNION ALL SELECT '{PageRow}', p."Id"::text, row_number() OVER (ORDER BY p.score DESC, p.{Col("Id")}), p.score FROM (
              SELECT b.{Col("Id")}, {score} AS score FROM b{Where(null)}
              ORDER BY score DESC, b.{Col("Id")} LIMIT {Parameter("limit", limit)} OFFSET {Parameter("offset", offset)}) p
            """);
        return ctes.Append('\n').Append(sql).ToString();
    }

    /// <summary>
    /// The published items matching the text, with their relevance (higher is better), read from the narrow search rows
    /// (<see cref="SearchSchema.PostgresRowTable"/>, published items only) rather than the wide item rows.
    /// </summary>
    private string Base(string? match)
    {
        var columns = """r."Id", r."Kind", r."TagSet", r."UpdatedAt", r."YearStart" AS ys, r."YearEnd" AS ye""";
        var rows = $"\"{SearchSchema.PostgresRowTable}\" r";
        return match is null
            ? $"b AS MATERIALIZED (SELECT {columns}, NULL::double precision AS rel FROM {rows})"
            : $"""
               b AS MATERIALIZED (SELECT {columns}, ts_rank(r."{SearchSchema.PostgresVector}", q)::double precision AS rel
                 FROM {rows}, plainto_tsquery('dutch', {Parameter("q", match)}) q WHERE r."{SearchSchema.PostgresVector}" @@ q)
               """;
    }

    /// <summary>
    /// Relevance dominates (0.8 × relevance relative to the best match); among similar relevance the more recently
    /// updated item wins (0.2 × a recency that halves every two years). Without a query, only recency orders.
    /// </summary>
    private string Score(bool hasQuery, DateTimeOffset now)
    {
        // SqliteSearch computes the same expression in C# over the SQLite matches.
        var ageYears = $"GREATEST(0, extract(epoch FROM ({Parameter("now", now)} - b.\"UpdatedAt\"))::double precision / 86400.0 / 365.25)";
        var recency = $"power(0.5::double precision, {ageYears} / 2)";
        if (!hasQuery)
        {
            return recency;
        }

        var best = "(SELECT CASE WHEN max(rel) > 0 THEN max(rel) ELSE 1 END FROM b)";
        return $"(0.8 * b.rel / {best}) + (0.2 * {recency})";
    }

    private void AddListFilter(Dictionary<string, string> filters, string facet, IReadOnlyCollection<string> values, string? scalarColumn, string? listColumn = null)
    {
        if (values.Count == 0)
        {
            return;
        }

        var p = Parameter(facet, values.ToArray());
        // A list filter picks the tag sets whose list overlaps the values (a hashed sub-plan over the few sets).
        filters[facet] = scalarColumn is not null
            ? $"b.{scalarColumn} = ANY({p})"
            : $"b.\"TagSet\" IN (SELECT t.\"Id\" FROM \"{SearchSchema.PostgresTagSetTable}\" t WHERE t.{listColumn} && {p})";
    }

    /// <summary>The four lists of a tag set (alias t).</summary>
    private static readonly string TagListColumns = string.Join(", ", SearchSchema.TagFacets.Select(f => $"t.\"{f.Column}\""));

    private static string Col(string name) => $"\"{name}\"";

    private string Parameter(string name, object value)
    {
        var parameterName = $"@p_{name}";
        parameters.Add((parameterName, value));
        return parameterName;
    }
}
