using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>What one search found before the page's items are loaded: total, ranked page ids and facet counts.</summary>
internal sealed record SearchCounts(
    int Total,
    IReadOnlyList<(Guid Id, double Score)> Page,
    IReadOnlyDictionary<string, Dictionary<string, int>> Facets,
    IReadOnlyList<(int Start, int? End, int Count)> Periods);

/// <summary>
/// The SQLite search. One statement walks the full-text matches once, computing bm25 once per match and reading the
/// narrow search row (status, kind, date, years, tag set; see <see cref="SearchSchema"/>); the facets, the total and
/// the ranking are then counted in one loop here. Why not in SQL: SQLite groups by sorting, so counting five facets
/// sorted every match five times, and the relevance of the best match (needed to normalise every score) cost a
/// second bm25 pass; together that was most of the search time with 10,000 items.
/// The arithmetic, filters and ordering are those of the PostgreSQL statement (<see cref="SearchSql"/>): each facet
/// counted with every other facet's filter applied; score 0.8 × relevance / best relevance of all matches
/// + 0.2 × recency; ties broken by item id.
/// </summary>
internal static class SqliteSearch
{
    private const int Published = (int)KnowledgeStatus.Published;

    private readonly record struct Match(long Seq, double Relevance, long UpdatedAt, string Kind, int? YearStart, int? YearEnd, long TagSet);

    public static async Task<SearchCounts> RunAsync(DbConnection connection, SearchRequest request, string? match, DateTimeOffset now, int offset, int limit, CancellationToken ct)
    {
        // Each list facet's filter as the tag sets that carry one of the chosen values (a handful of small lookups).
        var allowed = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var (facet, values) in ListFilters(request))
        {
            allowed[facet] = await TagSetsWithAsync(connection, facet, values, ct);
        }

        var kinds = request.Kinds.Count == 0 ? null : request.Kinds.ToHashSet(StringComparer.Ordinal);
        var hasPeriod = request.FromYear is not null || request.ToYear is not null;
        var tagFacets = SearchSchema.TagFacets.Select(t => t.Facet).ToArray();

        var kindCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var periodCounts = new Dictionary<(int, int?), int>();
        var setCounts = tagFacets.Select(_ => new Dictionary<long, int>()).ToArray();
        var candidates = new List<Match>();
        var best = double.NegativeInfinity;
        await foreach (var m in MatchesAsync(connection, match, ct))
        {
            best = Math.Max(best, m.Relevance);
            var kindOk = kinds is null || kinds.Contains(m.Kind);
            var periodOk = !hasPeriod || (m.YearStart is { } ys && (request.ToYear is not { } to || ys <= to) && (request.FromYear is not { } from || (m.YearEnd ?? 9999) >= from));

            // Which list-facet filters this match fails: a facet is counted when every other filter passes.
            var failedTags = 0;
            var failedTag = -1;
            for (var f = 0; f < tagFacets.Length; f++)
            {
                if (allowed.TryGetValue(tagFacets[f], out var sets) && !sets.Contains(m.TagSet))
                {
                    failedTags++;
                    failedTag = f;
                }
            }

            if (periodOk && failedTags == 0)
            {
                kindCounts[m.Kind] = kindCounts.GetValueOrDefault(m.Kind) + 1;
            }

            if (kindOk && failedTags == 0 && m.YearStart is { } start)
            {
                periodCounts[(start, m.YearEnd)] = periodCounts.GetValueOrDefault((start, m.YearEnd)) + 1;
            }

            if (kindOk && periodOk && failedTags <= 1)
            {
                for (var f = 0; f < tagFacets.Length; f++)
                {
                    if (failedTags == 0 || failedTag == f)
                    {
                        setCounts[f][m.TagSet] = setCounts[f].GetValueOrDefault(m.TagSet) + 1;
                    }
                }
            }

            if (kindOk && periodOk && failedTags == 0)
            {
                candidates.Add(m);
            }
        }

        var facets = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal) { [KnowledgeSearch.KindFacet] = kindCounts };
        await CountTagValuesAsync(connection, tagFacets, setCounts, facets, ct);
        var page = await RankAsync(connection, candidates, match is not null, best, now, offset, limit, ct);
        var periods = periodCounts.Select(p => (p.Key.Item1, p.Key.Item2, p.Value)).ToList();
        return new SearchCounts(candidates.Count, page, facets, periods);
    }

    private static IEnumerable<(string Facet, IReadOnlyCollection<string> Values)> ListFilters(SearchRequest request)
    {
        (string, IReadOnlyCollection<string>)[] all =
        [
            (KnowledgeSearch.ThemeFacet, request.Themes), (KnowledgeSearch.TargetGroupFacet, request.TargetGroups),
            (KnowledgeSearch.ProvinceFacet, request.Provinces), (KnowledgeSearch.MunicipalityFacet, request.Municipalities),
        ];
        return all.Where(f => f.Item2.Count > 0);
    }

    /// <summary>The published matches of the text (every published item without text), one row each.</summary>
    private static async IAsyncEnumerable<Match> MatchesAsync(DbConnection connection, string? match, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        const string columns = "r.Seq, {0}, r.UpdatedAt, r.Kind, r.YearStart, r.YearEnd, r.TagSet";
        if (match is null)
        {
            command.CommandText = $"SELECT {string.Format(CultureInfo.InvariantCulture, columns, "0.0")} FROM {SearchSchema.SqliteRowTable} r WHERE r.Status = {Published}";
        }
        else
        {
            // CROSS JOIN keeps SQLite's loop order: the full-text matches outside, the search row looked up by rowid.
            var t = SearchSchema.SqliteTable;
            command.CommandText = $"SELECT {string.Format(CultureInfo.InvariantCulture, columns, $"-bm25({t})")} FROM {t} CROSS JOIN {SearchSchema.SqliteRowTable} r ON r.Seq = {t}.rowid WHERE {t} MATCH @q AND r.Status = {Published}";
            AddParameter(command, "@q", match);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new Match(
                reader.GetInt64(0), reader.GetDouble(1), reader.GetInt64(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetInt64(6));
        }
    }

    private static async Task<HashSet<long>> TagSetsWithAsync(DbConnection connection, string facet, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT SetId FROM {SearchSchema.SqliteTagValueTable} WHERE Facet = @facet AND Value IN (SELECT value FROM json_each(@values))";
        AddParameter(command, "@facet", facet);
        AddParameter(command, "@values", JsonSerializer.Serialize(values));
        var sets = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sets.Add(reader.GetInt64(0));
        }

        return sets;
    }

    /// <summary>Adds each list facet's counts per value: the sum of the counts of the tag sets that carry the value.</summary>
    private static async Task CountTagValuesAsync(DbConnection connection, string[] tagFacets, Dictionary<long, int>[] setCounts,
        Dictionary<string, Dictionary<string, int>> facets, CancellationToken ct)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < tagFacets.Length; f++)
        {
            index[tagFacets[f]] = f;
            facets[tagFacets[f]] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var sets = setCounts.SelectMany(c => c.Keys).Distinct().ToList();
        if (sets.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT SetId, Facet, Value FROM {SearchSchema.SqliteTagValueTable} WHERE SetId IN (SELECT value FROM json_each(@sets))";
        AddParameter(command, "@sets", JsonSerializer.Serialize(sets));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (index.TryGetValue(reader.GetString(1), out var f) && setCounts[f].TryGetValue(reader.GetInt64(0), out var n))
            {
                var value = reader.GetString(2);
                facets[tagFacets[f]][value] = facets[tagFacets[f]].GetValueOrDefault(value) + n;
            }
        }
    }

    /// <summary>
    /// Scores the candidates and returns the asked page, ordered by score and then item id. Only the rows that can
    /// reach the page (the first offset + limit by score, and any that tie with the last of them) need their item id.
    /// </summary>
    private static async Task<IReadOnlyList<(Guid Id, double Score)>> RankAsync(DbConnection connection, List<Match> candidates, bool hasQuery,
        double bestRelevance, DateTimeOffset now, int offset, int limit, CancellationToken ct)
    {
        if (candidates.Count == 0 || offset >= candidates.Count)
        {
            return [];
        }

        var best = bestRelevance > 0 ? bestRelevance : 1;
        var (storedNow, day) = RecencyScale(now);
        var scored = candidates
            .Select(m =>
            {
                // The same operations, in the same order, as the SQL expression of SearchSql.Score.
                var recency = Math.Pow(0.5, Math.Max(0, (storedNow - m.UpdatedAt) * 1.0 / day / 365.25) / 2);
                return (m.Seq, Score: hasQuery ? (0.8 * m.Relevance / best) + (0.2 * recency) : recency);
            })
            .OrderByDescending(s => s.Score)
            .ToList();
        var last = Math.Min(scored.Count, offset + limit) - 1;
        var reach = scored.TakeWhile((s, i) => i <= last || s.Score == scored[last].Score).ToList();

        var ids = await ItemIdsAsync(connection, reach.Select(r => r.Seq), ct);
        return reach
            .Select(r => (ItemId: ids[r.Seq], r.Score))
            .OrderByDescending(r => r.Score).ThenBy(r => r.ItemId, StringComparer.Ordinal)
            .Skip(offset).Take(limit)
            .Select(r => (Guid.Parse(r.ItemId), r.Score))
            .ToList();
    }

    private static async Task<Dictionary<long, string>> ItemIdsAsync(DbConnection connection, IEnumerable<long> seqs, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Seq, ItemId FROM {SearchSchema.SqliteRowTable} WHERE Seq IN (SELECT value FROM json_each(@seqs))";
        AddParameter(command, "@seqs", JsonSerializer.Serialize(seqs));
        var ids = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids[reader.GetInt64(0)] = reader.GetString(1);
        }

        return ids;
    }

    /// <summary>
    /// SQLite stores DateTimeOffset through EF's binary converter, which is linear in time for UTC values, so the
    /// distance between two stored values divided by one day's distance is a number of days.
    /// </summary>
    internal static (long StoredNow, double Day) RecencyScale(DateTimeOffset now)
    {
        var converter = new DateTimeOffsetToBinaryConverter();
        var day0 = (long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch)!;
        var day1 = (long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddDays(1))!;
        return ((long)converter.ConvertToProvider(now.ToUniversalTime())!, day1 - day0);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
