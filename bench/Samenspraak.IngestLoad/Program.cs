// End-to-end ingest measurement: starts the real application on 127.0.0.1 with a fresh database (SQLite by default;
// PostgreSQL when SAMENSPRAAK_BENCH_POSTGRES holds a server connection string), creates a push channel with an API
// key in the demo municipality, pushes N generated comments as NDJSON through POST /api/v1/channels/{id}/messages
// (batches of B lines, C requests at a time), and polls the database until every message is stored, analysed, and
// assigned by the theme job. Prints the time of each phase, counted from the first request. Then, with everything
// stored, logs in as the demo Medewerker and requests the dashboard (7/30/90/365 days), the theme list, the largest
// theme's page and the Signalen queue in turn, and prints p50/p95/p99 per page.
// Usage: dotnet run -c Release --project bench/Samenspraak.IngestLoad -- [messages] [batch] [concurrency] [page requests]
//        ... -- insert [messages] [all|none|partial|each]   (the SQLite insert alone per index set, see InsertBench)
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Samenspraak.IngestLoad;
using Samenspraak.Throughput;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

if (args.Length > 0 && args[0] == "insert")
{
    // The insert alone, per index set (see InsertBench).
    await InsertBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? args[2] : "each");
    return;
}

var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var batch = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
var pageRequests = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
var themeInterval = Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_THEME_SECONDS") ?? "2";
var postgresServer = Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_POSTGRES");
var root = FindRoot();
var dll = Path.Combine(root, "src", "Samenspraak.Web", "bin", "Release", "net10.0", "Samenspraak.Web.dll");
if (!File.Exists(dll)) throw new InvalidOperationException("Build the web app in Release first: dotnet build -c Release src/Samenspraak.Web");
var data = Path.Combine(Path.GetTempPath(), "samenspraak-ingestload-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
string? postgresDatabase = null;
DatabaseSettings settings;
if (string.IsNullOrWhiteSpace(postgresServer))
{
    settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=" + Path.Combine(data, "samenspraak.db"), true);
}
else
{
    postgresDatabase = "ingestload_" + Guid.NewGuid().ToString("N")[..12];
    await ExecuteAsync(postgresServer, $"CREATE DATABASE {postgresDatabase}");
    settings = new DatabaseSettings(DatabaseProvider.PostgreSQL,
        new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase }.ConnectionString, true);
}

Console.WriteLine($"Ingest load: {messages:N0} messages, NDJSON batches of {batch:N0}, {concurrency} concurrent requests, {settings.Provider}, " +
                  $"analysis at ingest: {Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_ANALYSE_AT_INGEST") ?? "true"}, " +
                  $"{Environment.ProcessorCount} cores, load average at start: {LoadAverage()}");
var input = Path.Combine(data, "input.ndjson");
CommentGenerator.Write(input, messages);

var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
start.ArgumentList.Add(dll);
start.ArgumentList.Add("--urls");
start.ArgumentList.Add(baseUrl);
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
start.Environment["Database__Provider"] = settings.Provider.ToString();
start.Environment["Database__MigrateOnStartup"] = "true";
start.Environment["ConnectionStrings__Samenspraak"] = settings.ConnectionString;
start.Environment["Mail__PickupDirectory"] = Path.Combine(data, "mail");
start.Environment["Samenspraak__PublicUrl"] = baseUrl;
start.Environment["RateLimiting__ApiPermitLimit"] = "1000000";
start.Environment["Monitoring__Themes__IntervalSeconds"] = themeInterval;
start.Environment["Logging__LogLevel__Default"] = "Warning";
// "false" measures the stop-4 path (stored pending, the worker analyses and updates every row) with the same build.
start.Environment["Monitoring__Pipeline__AnalyseAtIngest"] = Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_ANALYSE_AT_INGEST") ?? "true";
var output = new System.Text.StringBuilder();
using var app = Process.Start(start)!;
app.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
app.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
app.BeginOutputReadLine();
app.BeginErrorReadLine();
try
{
    using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
    for (var i = 0; ; i++)
    {
        try { if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
        if (i > 900 || app.HasExited) throw new InvalidOperationException("App did not start:\n" + output);
        await Task.Delay(200);
    }

    var (channelId, key) = await CreateChannelAsync(settings);
    await using var poll = Open(settings);
    await poll.OpenAsync();

    // CPU seconds the app process used, per phase: on a shared machine this says more than the wall clock.
    var cpuAtStart = AppCpu(app);
    // For a profiler attached to the app for the push phase only (perf record -p, see docs/benchmarks.md stop 7).
    Console.WriteLine($"pushing   app pid {app.Id}");
    var clock = Stopwatch.StartNew();
    var accepted = 0;
    var duplicates = 0;
    var rejected = 0;
    var pushes = new List<Task>();
    using var gate = new SemaphoreSlim(concurrency);
    using (var reader = new StreamReader(input))
    {
        while (true)
        {
            var body = new System.Text.StringBuilder(batch * 200);
            var lines = 0;
            while (lines < batch && await reader.ReadLineAsync() is { } line)
            {
                body.Append(line).Append('\n');
                lines++;
            }

            if (lines == 0) break;
            await gate.WaitAsync();
            var content = body.ToString();
            pushes.Add(Task.Run(async () =>
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/channels/{channelId}/messages")
                    {
                        Content = new StringContent(content, System.Text.Encoding.UTF8, "application/x-ndjson"),
                    };
                    request.Headers.Add("X-Api-Key", key);
                    using var response = await http.SendAsync(request);
                    var json = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"Push: {(int)response.StatusCode} {json}");
                    using var result = System.Text.Json.JsonDocument.Parse(json);
                    Interlocked.Add(ref accepted, result.RootElement.GetProperty("accepted").GetInt32());
                    Interlocked.Add(ref duplicates, result.RootElement.GetProperty("duplicates").GetInt32());
                    Interlocked.Add(ref rejected, result.RootElement.GetProperty("rejected").GetInt32());
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
    }

    await Task.WhenAll(pushes);
    var stored = clock.Elapsed;
    Console.WriteLine($"stored    {stored.TotalSeconds,7:F1} s  accepted {accepted:N0}, duplicates {duplicates:N0}, rejected {rejected:N0} " +
                      $"({accepted / stored.TotalSeconds:N0} msg/s); app CPU {AppCpu(app) - cpuAtStart:F1} s, load {LoadAverage()}");
    TimeSpan? analysed = null;
    var lastReport = TimeSpan.Zero;
    while (true)
    {
        var (total, pending, assigned, maxId) = await ProgressAsync(poll);
        if (analysed is null && pending == 0)
        {
            analysed = clock.Elapsed;
            Console.WriteLine($"analysed  {analysed.Value.TotalSeconds,7:F1} s  {total:N0} messages analysed ({total / analysed.Value.TotalSeconds:N0} msg/s overall); " +
                              $"app CPU {AppCpu(app) - cpuAtStart:F1} s");
        }

        if (pending == 0 && themeInterval == "0")
        {
            // Theme job off: measures ingest and analysis alone (the difference to a full run is the theme job's share).
            Console.WriteLine($"TOTAL     {clock.Elapsed.TotalSeconds,7:F1} s for {total:N0} messages stored and analysed (theme job off); " +
                              $"app CPU {AppCpu(app) - cpuAtStart:F1} s, load {LoadAverage()}");
            break;
        }

        if (pending == 0 && assigned >= maxId)
        {
            var themes = clock.Elapsed;
            Console.WriteLine($"themes    {themes.TotalSeconds,7:F1} s  theme cursor at the last message; themes: {await ScalarAsync(poll, "SELECT count(*) FROM \"Themes\"")}, " +
                              $"memberships: {await ScalarAsync(poll, "SELECT count(*) FROM \"ThemeMessages\"")}");
            Console.WriteLine($"TOTAL     {themes.TotalSeconds,7:F1} s for {total:N0} messages stored, analysed and assigned to themes; " +
                              $"app CPU {AppCpu(app) - cpuAtStart:F1} s, load {LoadAverage()}");
            break;
        }

        if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(10))
        {
            lastReport = clock.Elapsed;
            Console.WriteLine($"  ... {clock.Elapsed.TotalSeconds:F0} s: {pending:N0} pending analysis, theme cursor {assigned:N0} of {maxId:N0}, " +
                              $"app CPU {AppCpu(app) - cpuAtStart:F1} s");
        }

        if (app.HasExited) throw new InvalidOperationException("App exited:\n" + output);
        await Task.Delay(250);
    }

    if (settings.Provider == DatabaseProvider.Sqlite)
    {
        Console.WriteLine($"database  {new FileInfo(Path.Combine(data, "samenspraak.db")).Length / 1048576.0:F0} MiB (+ WAL)");
    }

    Console.WriteLine($"load average after ingest: {LoadAverage()}");
    if (pageRequests > 0)
    {
        string password;
        lock (output) password = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"allen hetzelfde wachtwoord\):[\s\S]*?Wachtwoord:\s+(\S+)").Groups[1].Value;
        var biggestTheme = await ScalarAsync(poll, "SELECT \"Id\" FROM \"Themes\" ORDER BY \"MessageCount\" DESC LIMIT 1");
        await PageLoad.RunAsync(baseUrl, "medewerker@demostad.samenspraak.local", password, pageRequests,
        [
            ("dashboard, 30 days", "/dashboard"),
            ("dashboard, 7 days", "/dashboard?dagen=7"),
            ("dashboard, 365 days", "/dashboard?dagen=365"),
            ("theme list", "/themas"),
            ("largest theme's page", "/themas/" + biggestTheme.ToString(CultureInfo.InvariantCulture)),
            ("signalen, first page", "/signalen"),
        ]);
        Console.WriteLine($"load average at end: {LoadAverage()}");
    }

    lock (output)
    {
        var errors = output.ToString().Split('\n').Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        if (errors.Count > 0) Console.WriteLine("app log (first errors):\n" + string.Join('\n', errors));
    }
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    SqliteConnection.ClearAllPools();
    NpgsqlConnection.ClearAllPools();
    if (postgresDatabase is not null) await ExecuteAsync(postgresServer!, $"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
    try { Directory.Delete(data, recursive: true); } catch (IOException) { }
}

static async Task<(Guid Channel, string Key)> CreateChannelAsync(DatabaseSettings settings)
{
    await using var db = DbContextOptionsFactory.CreateContext(settings, SystemTenantContext.Instance);
    var municipality = await db.Municipalities.Where(m => m.Name.StartsWith("Demostad")).Select(m => m.Id).SingleAsync();
    var now = DateTimeOffset.UtcNow;
    var channel = new Channel { Id = Guid.NewGuid(), MunicipalityId = municipality, Name = "Belasting (ingest)", Type = ChannelType.PushApi, CreatedAt = now, UpdatedAt = now };
    var (key, prefix, hash) = ApiKeyGenerator.Create();
    db.Add(channel);
    db.Add(new ChannelApiKey { Id = Guid.NewGuid(), MunicipalityId = municipality, ChannelId = channel.Id, Label = "ingest load", Prefix = prefix, Hash = hash, CreatedAt = now });
    await db.SaveChangesAsync();
    return (channel.Id, key);
}

static async Task<(long Total, long Pending, long Assigned, long MaxId)> ProgressAsync(DbConnection connection)
{
    var total = await ScalarAsync(connection, "SELECT count(*) FROM \"Messages\"");
    var pending = await ScalarAsync(connection, "SELECT count(*) FROM \"Messages\" WHERE \"AnalysisState\" = 0");
    var assigned = await ScalarAsync(connection, "SELECT coalesce(max(\"LastMessageId\"), 0) FROM \"ThemeClusterStates\"");
    var maxId = await ScalarAsync(connection, "SELECT coalesce(max(\"Id\"), 0) FROM \"Messages\"");
    return (total, pending, assigned, maxId);
}

static async Task<long> ScalarAsync(DbConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

static DbConnection Open(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
    ? new SqliteConnection(settings.ConnectionString + ";Mode=ReadOnly")
    : new NpgsqlConnection(settings.ConnectionString);

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static double AppCpu(Process process)
{
    process.Refresh();
    return process.TotalProcessorTime.TotalSeconds;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Samenspraak.slnx"))) return dir.FullName;
    throw new InvalidOperationException("Repository root not found.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
