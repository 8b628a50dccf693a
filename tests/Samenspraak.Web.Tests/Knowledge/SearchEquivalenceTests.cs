using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// The search counts facets, total and ranking in its own way per provider (SQLite: in C# over one pass of full-text
/// matches, SqliteSearch; PostgreSQL: one statement, SearchSql). Here they are checked against a plain recount of the
/// items and against the ranking computed independently from the engine's relevance, for requests with and without
/// text, with filters, page offsets, ties and lists that name a value twice.
/// </summary>
public abstract class SearchEquivalenceTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    [Fact]
    public async Task FacetsTotalsAndRankingEqualAPlainRecount()
    {
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        string[] kinds = [KnowledgeKinds.Practice, KnowledgeKinds.Tool, KnowledgeKinds.Publication];
        string[][] themes = [["polarisatie"], ["jeugd", "polarisatie"], ["online", "online"], []];
        string[][] provinces = [["Antwerpen"], ["Limburg", "Antwerpen"], []];
        // PeriodStart holds at most seven characters on PostgreSQL; "ooit" is a period that is not a year.
        string?[] starts = ["2019", "2021-03", null, "ooit", "2023"];
        var random = new Random(5);
        var items = new List<KnowledgeItem>();
        for (var i = 0; i < 24; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 3 + random.Next(12)).Select(_ => random.Next(3) == 0 ? marker : "gesprek wijk"));
            var item = await KnowledgeScope.PublishAsync(app, kinds[i % 3], $"Aanpak {i} {marker}", $"{words} dialoog {marker}", x =>
            {
                x.Themes = [.. themes[random.Next(themes.Length)]];
                x.Provinces = [.. provinces[random.Next(provinces.Length)]];
                x.TargetGroups = random.Next(2) == 0 ? ["jongeren"] : [];
                x.PeriodStart = starts[random.Next(starts.Length)];
                x.PeriodEnd = x.PeriodStart == "2019" ? "2020" : null;
            });
            items.Add(item);
        }

        // Three items that tie exactly (same text, lists and date; only the kind differs), one dated in the future.
        for (var i = 0; i < 3; i++)
        {
            items.Add(await KnowledgeScope.PublishAsync(app, kinds[i], $"Gelijke aanpak {marker}", $"dialoog {marker}", x => x.Themes = ["jeugd"]));
        }

        var dated = DateTimeOffset.UtcNow.AddYears(-3);
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            foreach (var (item, i) in items.Select((item, i) => (item, i)))
            {
                var when = i >= 24 ? dated : i == 0 ? DateTimeOffset.UtcNow.AddDays(30) : DateTimeOffset.UtcNow.AddDays(-random.Next(3000));
                await db.Set<KnowledgeItem>().Where(x => x.Id == item.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.UpdatedAt, when));
            }

            return true;
        });

        SearchRequest[] requests =
        [
            new() { Query = marker, PageSize = 5 },
            new() { Query = marker, PageSize = 5, Page = 2 },
            new() { Query = $"dialoog {marker}", PageSize = 100 },
            new() { Query = marker, Themes = ["polarisatie"], PageSize = 100 },
            new() { Query = marker, Themes = ["jeugd", "online"], Provinces = ["Antwerpen"], PageSize = 100 },
            new() { Query = marker, Kinds = [KnowledgeKinds.Tool], FromYear = 2020, ToYear = 2022, PageSize = 100 },
            new() { Query = marker, TargetGroups = ["jongeren"], Provinces = ["Limburg"], Kinds = [KnowledgeKinds.Practice, KnowledgeKinds.Tool] },
            new() { Themes = ["jeugd"], Provinces = ["Antwerpen"], PageSize = 10 },
            new() { PageSize = 7, Page = 3 },
        ];
        foreach (var request in requests)
        {
            var result = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(request));
            await AssertEqualsRecountAsync(request, result);
        }
    }

    private async Task AssertEqualsRecountAsync(SearchRequest request, SearchResult result)
    {
        var label = JsonSerializer.Serialize(request);
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var fullText = s.GetRequiredService<FullTextQuery>().Expression(request.Query);
            Dictionary<Guid, double> relevance = fullText is null ? [] : await RelevanceAsync(connection, fullText);

            var matches = (await db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == KnowledgeStatus.Published).ToListAsync())
                .Where(i => fullText is null || relevance.ContainsKey(i.Id)).ToList();

            bool Passes(KnowledgeItem i, string? except) =>
                (except == KnowledgeSearch.KindFacet || request.Kinds.Count == 0 || request.Kinds.Contains(i.Kind))
                && (except == KnowledgeSearch.ThemeFacet || request.Themes.Count == 0 || i.Themes.Intersect(request.Themes).Any())
                && (except == KnowledgeSearch.TargetGroupFacet || request.TargetGroups.Count == 0 || i.TargetGroups.Intersect(request.TargetGroups).Any())
                && (except == KnowledgeSearch.ProvinceFacet || request.Provinces.Count == 0 || i.Provinces.Intersect(request.Provinces).Any())
                && (except == KnowledgeSearch.MunicipalityFacet || request.Municipalities.Count == 0 || i.Municipalities.Intersect(request.Municipalities).Any())
                && (except == KnowledgeSearch.YearFacet || (request.FromYear is null && request.ToYear is null)
                    || (Year(i.PeriodStart) is { } ys && (request.ToYear is null || ys <= request.ToYear) && (Year(i.PeriodEnd) ?? 9999) >= (request.FromYear ?? int.MinValue)));

            var passing = matches.Where(i => Passes(i, null)).ToList();
            Assert.True(passing.Count == result.Total, $"total of {label}");
            foreach (var (facet, values) in new (string, Func<KnowledgeItem, IEnumerable<string>>)[]
                     {
                         (KnowledgeSearch.KindFacet, i => [i.Kind]), (KnowledgeSearch.ThemeFacet, i => i.Themes),
                         (KnowledgeSearch.TargetGroupFacet, i => i.TargetGroups), (KnowledgeSearch.ProvinceFacet, i => i.Provinces),
                         (KnowledgeSearch.MunicipalityFacet, i => i.Municipalities),
                     })
            {
                var expected = matches.Where(i => Passes(i, facet)).SelectMany(i => values(i).Distinct())
                    .GroupBy(v => v).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal);
                var actual = result.Facets[facet].Select(f => $"{f.Value}={f.Count}").Order(StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(actual), $"facet {facet} of {label}: expected {string.Join(", ", expected)}, got {string.Join(", ", actual)}");
            }

            var years = matches.Where(i => Passes(i, KnowledgeSearch.YearFacet) && Year(i.PeriodStart) is not null)
                .SelectMany(i => Enumerable.Range(Year(i.PeriodStart)!.Value, Math.Clamp((Year(i.PeriodEnd) ?? Math.Max(Year(i.PeriodStart)!.Value, DateTimeOffset.UtcNow.Year)) - Year(i.PeriodStart)!.Value + 1, 1, 50)))
                .GroupBy(y => y).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal);
            Assert.Equal(years, result.Facets[KnowledgeSearch.YearFacet].Select(f => $"{f.Value}={f.Count}").Order(StringComparer.Ordinal));

            var size = Math.Clamp(request.PageSize, 1, 100);
            var best = fullText is null ? 1 : relevance.Where(r => matches.Any(m => m.Id == r.Key)).Select(r => r.Value).DefaultIfEmpty(0).Max() is var max && max > 0 ? max : 1;
            var expectedPage = await ExpectedPageAsync(connection, passing, fullText is null ? null : relevance, best, size, (Math.Max(1, request.Page) - 1) * size);
            Assert.True(expectedPage.Select(e => e.Id).SequenceEqual(result.Hits.Select(h => h.Item.Id)), $"page of {label}");

            // The two computations ran a few milliseconds apart, so recency differs from the seventh decimal on (about 1e-9 per second).
            Assert.All(expectedPage.Zip(result.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 6));

            await db.Database.CloseConnectionAsync();
            return true;
        });
    }

    private static int? Year(string? period) =>
        period is { Length: >= 4 } && period[..4].All(char.IsAsciiDigit) ? int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The engine's own relevance (higher is better) of every item matching the full-text expression.</summary>
    protected abstract Task<Dictionary<Guid, double>> RelevanceAsync(DbConnection connection, string fullText);

    /// <summary>
    /// The expected page: 0.8 × relevance / best + 0.2 × a recency halving every two years (recency only without
    /// text), best first, ties by id; <paramref name="relevance"/> is null for a search without text.
    /// </summary>
    protected abstract Task<List<(Guid Id, double Score)>> ExpectedPageAsync(
        DbConnection connection, List<KnowledgeItem> passing, Dictionary<Guid, double>? relevance, double best, int limit, int offset);
}

/// <summary>SQLite: relevance from bm25, the ranking written as one SQL ORDER BY (the statement the search used before).</summary>
public sealed class SqliteSearchEquivalenceTests(SqliteAppFixture app) : SearchEquivalenceTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>
{
    protected override async Task<Dictionary<Guid, double>> RelevanceAsync(DbConnection connection, string fullText)
    {
        var relevance = new Dictionary<Guid, double>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.ItemId, -bm25(KnowledgeSearchText) FROM KnowledgeSearchText JOIN KnowledgeSearchRows r ON r.Seq = KnowledgeSearchText.rowid WHERE KnowledgeSearchText MATCH $q";
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$q", fullText));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            relevance[Guid.Parse(reader.GetString(0))] = reader.GetDouble(1);
        }

        return relevance;
    }

    protected override async Task<List<(Guid Id, double Score)>> ExpectedPageAsync(
        DbConnection connection, List<KnowledgeItem> passing, Dictionary<Guid, double>? relevance, double best, int limit, int offset)
    {
        var converter = new DateTimeOffsetToBinaryConverter();
        var day = (double)((long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch.AddDays(1))! - (long)converter.ConvertToProvider(DateTimeOffset.UnixEpoch)!);
        var now = (long)converter.ConvertToProvider(DateTimeOffset.UtcNow)!;
        await using var page = connection.CreateCommand();
        var recency = "pow(0.5, max(0, ($now - k.UpdatedAt) * 1.0 / $day / 365.25) / 2)";
        var score = relevance is null ? recency : $"(0.8 * r.value / $best) + (0.2 * {recency})";
        page.CommandText = $"""
            SELECT k.Id, {score} AS score FROM KnowledgeItems k JOIN json_each($rel) r ON r.key = k.Id
            ORDER BY score DESC, k.Id LIMIT $limit OFFSET $offset
            """;
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$rel", JsonSerializer.Serialize(passing.ToDictionary(i => i.Id.ToString().ToUpperInvariant(), i => relevance?[i.Id] ?? 0))));
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$now", now));
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$day", day));
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$best", best));
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$limit", limit));
        page.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$offset", offset));
        var expected = new List<(Guid, double)>();
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            expected.Add((Guid.Parse(reader.GetString(0)), reader.GetDouble(1)));
        }

        return expected;
    }
}

/// <summary>
/// PostgreSQL: relevance from ts_rank over the stored vector, the ranking computed in C#. PostgreSQL orders uuids by
/// their bytes in written order, which is the ordinal order of the lower-case text form.
/// </summary>
public sealed class PostgresSearchEquivalenceTests(PostgresAppFixture app) : SearchEquivalenceTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>
{
    private readonly PostgresAppFixture app = app;

    /// <summary>
    /// The vector is kept in the search row (storage MAIN), and an item far larger than a page (whose vector then
    /// cannot stay in the row) is still saved and found.
    /// </summary>
    [Fact]
    public async Task TheSearchVectorIsStoredInTheRowAndLongItemsStillWork()
    {
        var storage = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Database
            .SqlQueryRaw<string>($"""SELECT attstorage::text AS "Value" FROM pg_attribute WHERE attrelid = '"{SearchSchema.PostgresRowTable}"'::regclass AND attname = '{SearchSchema.PostgresVector}'""")
            .SingleAsync());
        Assert.Equal("m", storage);

        var marker = $"zwl{Guid.NewGuid():N}"[..10];
        var random = new Random(3);
        var body = string.Join(' ', Enumerable.Range(0, 3500).Select(_ => $"w{random.Next(1_000_000)}"));
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Lange aanpak {marker}", $"{body} {marker}");
        var result = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(new SearchRequest { Query = marker }));
        Assert.Equal([item.Id], result.Hits.Select(h => h.Item.Id));
    }

    protected override async Task<Dictionary<Guid, double>> RelevanceAsync(DbConnection connection, string fullText)
    {
        var relevance = new Dictionary<Guid, double>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT k."Id", ts_rank(to_tsvector('dutch', k."SearchDocument"), q)::double precision
            FROM "KnowledgeItems" k, plainto_tsquery('dutch', @q) q WHERE to_tsvector('dutch', k."SearchDocument") @@ q
            """;
        command.Parameters.Add(new Npgsql.NpgsqlParameter("q", fullText));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            relevance[reader.GetGuid(0)] = reader.GetDouble(1);
        }

        return relevance;
    }

    protected override Task<List<(Guid Id, double Score)>> ExpectedPageAsync(
        DbConnection connection, List<KnowledgeItem> passing, Dictionary<Guid, double>? relevance, double best, int limit, int offset)
    {
        var now = DateTimeOffset.UtcNow;
        double Score(KnowledgeItem item)
        {
            var recency = Math.Pow(0.5, Math.Max(0, (now - item.UpdatedAt).TotalSeconds / 86400.0 / 365.25) / 2);
            return relevance is null ? recency : (0.8 * relevance[item.Id] / best) + (0.2 * recency);
        }

        return Task.FromResult(passing.Select(i => (i.Id, Score: Score(i)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Id.ToString(), StringComparer.Ordinal)
            .Skip(offset).Take(limit).ToList());
    }
}
