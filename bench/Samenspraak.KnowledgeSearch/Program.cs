using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;

// Kennisbank search latency with N published items (default 10,000) on SQLite (a temporary file) and, when
// SAMENSPRAAK_BENCH_POSTGRES holds a connection string to a server where databases may be created, PostgreSQL.
// Usage: dotnet run -c Release --project bench/Samenspraak.KnowledgeSearch -- [items] [queries]
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;

var keep = Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_KEEP") == "1";

// SAMENSPRAAK_BENCH_PROVIDER=postgresql skips SQLite (to measure PostgreSQL alone, e.g. before and after a change).
if (!string.Equals(Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_PROVIDER"), "postgresql", StringComparison.OrdinalIgnoreCase))
{
    var sqliteFile = Path.Combine(Path.GetTempPath(), $"kennisbank-bench-{Guid.NewGuid():N}.db");
    await RunAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={sqliteFile};Pooling=false", true), items, queries);
    if (keep)
    {
        // Kept for looking at query plans with the sqlite3 shell.
        Console.WriteLine($"SQLite database kept at {sqliteFile}");
    }
    else
    {
        File.Delete(sqliteFile);
    }
}

if (Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_POSTGRES") is { Length: > 0 } server)
{
    var database = $"kennisbank_bench_{Guid.NewGuid():N}"[..30];
    await using (var admin = new Npgsql.NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
    }

    var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database };
    await RunAsync(new DatabaseSettings(DatabaseProvider.PostgreSQL, builder.ConnectionString, true), items, queries);
    Npgsql.NpgsqlConnection.ClearAllPools();
    if (keep)
    {
        // Kept for EXPLAIN (ANALYZE, BUFFERS) with psql.
        Console.WriteLine($"PostgreSQL database kept: {database}");
        return;
    }

    await using (var admin = new Npgsql.NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

static async Task RunAsync(DatabaseSettings settings, int itemCount, int queryCount)
{
    await using (var db = DbContextOptionsFactory.CreateContext(settings))
    {
        await db.Database.MigrateAsync();
        await SearchSchema.EnsureAsync(db, settings.Provider, default);
        await SeedAsync(db, settings, itemCount);
        if (settings.Provider == DatabaseProvider.PostgreSQL && Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_ANALYZE") == "1")
        {
            // Autovacuum analyses freshly seeded tables at a moment of its choosing, which can change the plans in the
            // middle of a run; "1" measures with statistics from the start, as a database in use has them.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    var random = new Random(7);
    string[] queryWords = ["polarisatie", "jongeren", "trainingen", "omstaanders", "desinformatie", "buurtwerking", "haatspraak online", "dialoog school", "coördinatie", "moskee", "sociale cohesie", "vorming leerkrachten"];
    string[] themes = ["polarisatie", "haatspraak", "jeugd", "onderwijs", "online", "dialoog"];
    var timings = new List<double>(queryCount);
    for (var i = -20; i < queryCount; i++)
    {
        // Each query on a fresh context, as a request would; the first 20 warm up and are not counted.
        await using var db = DbContextOptionsFactory.CreateContext(settings);
        var search = new KnowledgeSearch(db, new FullTextQuery(settings));
        var request = new SearchRequest
        {
            Query = random.Next(6) == 0 ? null : queryWords[random.Next(queryWords.Length)],
            Themes = random.Next(3) == 0 ? [themes[random.Next(themes.Length)]] : [],
            Provinces = random.Next(4) == 0 ? ["Antwerpen"] : [],
        };
        var watch = Stopwatch.StartNew();
        var result = await search.SearchAsync(request);
        watch.Stop();
        if (i >= 0)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        GC.KeepAlive(result);
    }

    timings.Sort();
    double P(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{settings.Provider}: {itemCount} items, {queryCount} queries: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {timings[^1]:F1} ms"));
}

static async Task SeedAsync(AppDbContext db, DatabaseSettings settings, int count)
{
    string[] words = ["polarisatie", "jongeren", "training", "omstaander", "desinformatie", "buurtwerking", "haatspraak", "dialoog", "school", "coördinatie",
        "moskee", "cohesie", "vorming", "leerkracht", "gemeente", "aanpak", "vrijwilligers", "sport", "cultuur", "bibliotheek", "wijk", "ouders",
        "gesprek", "netwerk", "preventie", "radicalisering", "online", "sociale", "media", "project", "partners", "resultaten", "samenleven",
        "diversiteit", "discriminatie", "inburgering", "armoede", "welzijn", "politie", "stad", "jeugdwerk", "scholen", "rolmodellen"];
    string[] themes = ["polarisatie", "haatspraak", "jeugd", "onderwijs", "online", "dialoog", "desinformatie", "sociale-cohesie"];
    string[] provinces = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"];
    var random = new Random(42);
    string Sentence(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
    var stem = settings.Provider == DatabaseProvider.Sqlite;
    for (var batch = 0; batch < count; batch += 1000)
    {
        for (var i = batch; i < Math.Min(count, batch + 1000); i++)
        {
            var item = new KnowledgeItem
            {
                Id = Guid.NewGuid(), Slug = $"bench-{i}", Kind = KnowledgeUrls.Kinds[random.Next(6)], Title = Sentence(6), Summary = Sentence(25),
                Body = Sentence(180), Themes = [themes[random.Next(themes.Length)], themes[random.Next(themes.Length)]],
                TargetGroups = ["jongeren"], Provinces = [provinces[random.Next(provinces.Length)]], Municipalities = [],
                PeriodStart = (2010 + random.Next(15)).ToString(CultureInfo.InvariantCulture), Status = KnowledgeStatus.Published, Version = 1,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow.AddDays(-random.Next(2000)), PublishedAt = DateTimeOffset.UtcNow,
            };
            item.SearchDocument = SearchDocument.Build(item, stem);
            db.Add(item);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
