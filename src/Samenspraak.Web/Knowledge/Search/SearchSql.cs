using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// Builds the one statement that answers a search: the full-text match, the facet counts (GROUP BY, each facet with
/// every other facet's filter applied), the total and one ranked page of ids. Everything is counted and ordered by the
/// database, so only the page's ids and the (few) facet rows come back. Rows have the shape (kind, value, n, score):
/// kind is a facet name, <see cref="TotalRow"/> or <see cref="PageRow"/>.
/// </summary>
internal sealed class SearchSql
{
    public const string TotalRow = "#total";
    public const string PageRow = "#page";

    private readonly bool postgres;
    private readonly SearchRequest request;
    private readonly List<(string Name, object Value)> parameters = [];

    private SearchSql(DatabaseProvider provider, SearchRequest request)
    {
        postgres = provider == DatabaseProvider.PostgreSQL;
        this.request = request;
    }

    public static (string Sql, IReadOnlyList<(string Name, object Value)> Parameters) Build(
        DatabaseProvider provider, SearchRequest request, string? matchExpression, DateTimeOffset now, int offset, int limit)
    {
        var sql = new SearchSql(provider, request);
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

        var text = postgres ? "::text" : "";
        var sql = new StringBuilder("WITH ");
        sql.Append(Base(match)).Append('\n');
        sql.Append(CultureInfo.InvariantCulture, $"SELECT '{KnowledgeSearch.KindFacet}'{text} AS f, b.{Col("Kind")}{text} AS v, count(*) AS n, {NullScore} AS s FROM b{Where(KnowledgeSearch.KindFacet)} GROUP BY b.{Col("Kind")}\n");
        if (postgres)
        {
            foreach (var (facet, column) in SearchSchema.TagFacets)
            {
                // count(DISTINCT id): a list that names a value twice still counts its item once.
                sql.Append(CultureInfo.InvariantCulture,
                    $"UNION ALL SELECT '{facet}', x.v, count(DISTINCT b.\"Id\"), NULL FROM b CROSS JOIN LATERAL unnest(b.\"{column}\") AS x(v){Where(facet)} GROUP BY x.v\n");
            }
        }
        else
        {
            // The tag table (one row per item, facet and value) is read along its (facet, value) index; facets whose
            // own filter is not set share one item set, so usually all four are counted in one pass.
            foreach (var group in SearchSchema.TagFacets.GroupBy(t => Where(t.Facet), t => t.Facet))
            {
                var names = string.Join(", ", group.Select(f => $"'{f}'"));
                sql.Append(CultureInfo.InvariantCulture,
                    $"UNION ALL SELECT t.Facet, t.Value, count(*), NULL FROM {SearchSchema.SqliteTagTable} t WHERE t.Facet IN ({names}) AND t.ItemId IN (SELECT b.Id FROM b{group.Key}) GROUP BY t.Facet, t.Value\n");
            }
        }

        // Periods come back per (start, end) pair; the caller spreads each pair over its years (a handful of rows).
        var pair = postgres ? "b.ys::text || '-' || COALESCE(b.ye::text, '')" : "b.ys || '-' || COALESCE(b.ye, '')";
        sql.Append(CultureInfo.InvariantCulture,
            $"UNION ALL SELECT '{KnowledgeSearch.YearFacet}', {pair}, count(*), NULL FROM b{Where(KnowledgeSearch.YearFacet, "b.ys IS NOT NULL")} GROUP BY b.ys, b.ye\n");
        sql.Append(CultureInfo.InvariantCulture, $"UNION ALL SELECT '{TotalRow}', NULL, count(*), NULL FROM b{Where(null)}\n");

        var score = Score(match is not null, now);
        var id = postgres ? "p.\"Id\"::text" : "p.Id";
        sql.Append(CultureInfo.InvariantCulture, $"""
            UNION ALL SELECT '{PageRow}', {id}, row_number() OVER (ORDER BY p.score DESC, p.{Col("Id")}), p.score FROM (
              SELECT b.{Col("Id")}, {score} AS score FROM b{Where(null)}
              ORDER BY score DESC, b.{Col("Id")} LIMIT {Parameter("limit", limit)} OFFSET {Parameter("offset", offset)}) p
            """);
        return sql.ToString();
    }

    private string NullScore => postgres ? "NULL::double precision" : "NULL";

    /// <summary>The published items matching the text, with their relevance (higher is better) and years as numbers.</summary>
    private string Base(string? match)
    {
        var published = (int)KnowledgeStatus.Published;
        if (postgres)
        {
            var years = """
                CASE WHEN k."PeriodStart" ~ '^[0-9]{4}' THEN substr(k."PeriodStart", 1, 4)::int END AS ys,
                CASE WHEN k."PeriodEnd" ~ '^[0-9]{4}' THEN substr(k."PeriodEnd", 1, 4)::int END AS ye
                """;
            var columns = $"""k."Id", k."Kind", k."Themes", k."TargetGroups", k."Provinces", k."Municipalities", k."UpdatedAt", {years}""";
            return match is null
                ? $"""b AS MATERIALIZED (SELECT {columns}, NULL::double precision AS rel FROM "KnowledgeItems" k WHERE k."Status" = {published})"""
                : $"""
                   b AS MATERIALIZED (SELECT {columns}, ts_rank(k."{SearchSchema.PostgresVector}", q)::double precision AS rel
                     FROM "KnowledgeItems" k, plainto_tsquery('dutch', {Parameter("q", match)}) q
                     WHERE k."{SearchSchema.PostgresVector}" @@ q AND k."Status" = {published})
                   """;
        }

        var sqliteYears = """
            CASE WHEN k.PeriodStart GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr(k.PeriodStart, 1, 4) AS INTEGER) END AS ys,
            CASE WHEN k.PeriodEnd GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr(k.PeriodEnd, 1, 4) AS INTEGER) END AS ye
            """;
        // Only columns of the search index (SearchSchema): the lists are read from the tag table.
        var sqliteColumns = $"k.Id, k.Kind, k.UpdatedAt, {sqliteYears}";
        return match is null
            ? $"b AS MATERIALIZED (SELECT {sqliteColumns}, NULL AS rel FROM KnowledgeItems k WHERE k.Status = {published})"
            : $"""
               m AS MATERIALIZED (SELECT ItemId, -bm25({SearchSchema.SqliteTable}) AS rel FROM {SearchSchema.SqliteTable} WHERE {SearchSchema.SqliteTable} MATCH {Parameter("q", match)}),
               b AS MATERIALIZED (SELECT {sqliteColumns}, m.rel AS rel FROM m JOIN KnowledgeItems k ON k.Id = m.ItemId WHERE k.Status = {published})
               """;
    }

    /// <summary>
    /// Relevance dominates (0.8 × relevance relative to the best match); among similar relevance the more recently
    /// updated item wins (0.2 × a recency that halves every two years). Without a query, only recency orders.
    /// </summary>
    private string Score(bool hasQuery, DateTimeOffset now)
    {
        string ageYears;
        if (postgres)
        {
            ageYears = $"GREATEST(0, extract(epoch FROM ({Parameter("now", now)} - b.\"UpdatedAt\"))::double precision / 86400.0 / 365.25)";
        }
        else
        {
            // SQLite stores DateTimeOffset through EF's binary converter, which is linear in time for UTC values,
            // so the distance between two stored values divided by one day's distance is a number of days.
            var converter = new DateTimeOffsetToBinaryConverter();
            var day0 = (long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch)!;
            var day1 = (long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddDays(1))!;
            var storedNow = (long)converter.ConvertToProvider(now.ToUniversalTime())!;
            ageYears = $"max(0, ({Parameter("now", storedNow)} - b.UpdatedAt) * 1.0 / {Parameter("day", (double)(day1 - day0))} / 365.25)";
        }

        var power = postgres ? "power(0.5::double precision, " : "pow(0.5, ";
        var recency = $"{power}{ageYears} / 2)";
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

        string condition;
        if (postgres)
        {
            var p = Parameter(facet, values.ToArray());
            condition = scalarColumn is not null ? $"b.{scalarColumn} = ANY({p})" : $"b.{listColumn} && {p}";
        }
        else
        {
            var p = Parameter(facet, JsonSerializer.Serialize(values));
            condition = scalarColumn is not null
                ? $"b.{scalarColumn} IN (SELECT value FROM json_each({p}))"
                : $"b.Id IN (SELECT t.ItemId FROM {SearchSchema.SqliteTagTable} t WHERE t.Facet = '{facet}' AND t.Value IN (SELECT value FROM json_each({p})))";
        }

        filters[facet] = condition;
    }

    private string Col(string name) => postgres ? $"\"{name}\"" : name;

    private string Parameter(string name, object value)
    {
        var parameterName = $"@p_{name}";
        parameters.Add((parameterName, value));
        return parameterName;
    }
}
