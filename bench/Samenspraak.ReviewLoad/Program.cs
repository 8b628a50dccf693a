// Load measurement of the Signalen queue and the dashboard: starts the real application on 127.0.0.1 with a fresh
// SQLite database, stores N analysed messages in the demo municipality, lets the theme job assign them all (it also
// keeps the dashboard's daily counts; SAMENSPRAAK_BENCH_THEMES=false skips that and leaves the job off), logs in as the
// demo Medewerker and requests queue pages (first page, deep keyset pages, filtered and recency views), the dashboard
// (30, 7 and 365 days), the theme list, Kanalen and Meldingen in turn, then prints p50/p95/p99 per kind of request.
// Usage: dotnet run -c Release --project bench/Samenspraak.ReviewLoad -- [messages] [requests]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenspraak.Web.Platform.Tenancy;

var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
var root = FindRoot();
var dll = Path.Combine(root, "src", "Samenspraak.Web", "bin", "Release", "net10.0", "Samenspraak.Web.dll");
if (!File.Exists(dll)) dll = Path.Combine(root, "src", "Samenspraak.Web", "bin", "Debug", "net10.0", "Samenspraak.Web.dll");
var data = Path.Combine(Path.GetTempPath(), "samenspraak-reviewload-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
var database = Path.Combine(data, "samenspraak.db");
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";

var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
start.ArgumentList.Add(dll);
start.ArgumentList.Add("--urls");
start.ArgumentList.Add(baseUrl);
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // as the end-to-end tests: cookies over plain http
start.Environment["ConnectionStrings__Samenspraak"] = "Data Source=" + database;
start.Environment["Mail__PickupDirectory"] = Path.Combine(data, "mail");
start.Environment["Samenspraak__PublicUrl"] = baseUrl;
start.Environment["Monitoring__Pipeline__Enabled"] = "false"; // the messages are stored analysed
start.Environment["RateLimiting__ApiPermitLimit"] = "1000000";
start.Environment["Logging__LogLevel__Default"] = "Warning";
var themes = !string.Equals(Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_THEMES"), "false", StringComparison.OrdinalIgnoreCase);
var output = new System.Text.StringBuilder();
// The theme job stays off while the messages are stored (its write turn would lock the seeding connection out); with
// themes on, the app is restarted afterwards with the job every 2 s, and the measurement waits until it has caught up.
var app = StartApp("0");
try
{
    // Cookies by hand: the app marks its cookies Secure, which a CookieContainer never sends over plain http (a browser
    // does for 127.0.0.1).
    using var http = new HttpClient(new CookieJar(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })) { BaseAddress = new Uri(baseUrl) };
    await WaitForHealthAsync(http);

    string password;
    lock (output) password = Regex.Match(output.ToString(), @"allen hetzelfde wachtwoord\):[\s\S]*?Wachtwoord:\s+(\S+)").Groups[1].Value;

    var seed = Stopwatch.StartNew();
    await SeedAsync(database, messages);
    Console.WriteLine($"Stored {messages:N0} analysed messages in {seed.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1048576.0:F0} MiB database)");
    if (themes)
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        app.Dispose();
        app = StartApp("2");
        await WaitForHealthAsync(http);
        var assign = Stopwatch.StartNew();
        await ThemesCaughtUpAsync(database);
        Console.WriteLine($"Theme job assigned every message (and counted the dashboard's days) in {assign.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}");
    }

    await LogInAsync(http, "medewerker@demostad.samenspraak.local", password);
    const string Queue = "id=\"signalen-filter\"";
    var kinds = new (string Name, Func<Task<string>> Path, string? Marker)[]
    {
        ("first page (Nieuw, severity)", () => Task.FromResult("/signalen"), Queue),
        ("deep page (cursor ~ row 200k-900k)", () => Task.FromResult("/signalen?na=" + Uri.EscapeDataString(DeepCursor())), Queue),
        ("signal filter (hate)", () => Task.FromResult("/signalen?signaal=hate"), Queue),
        ("band filter (zeer hoog) + recency", () => Task.FromResult("/signalen?band=ZeerHoog&sortering=recent"), Queue),
        ("all statuses, recency", () => Task.FromResult("/signalen?status=alle&sortering=recent"), Queue),
        ("dashboard, 30 days", () => Task.FromResult("/dashboard"), null),
        ("dashboard, 7 days", () => Task.FromResult("/dashboard?dagen=7"), null),
        ("dashboard, 365 days", () => Task.FromResult("/dashboard?dagen=365"), null),
        ("theme list", () => Task.FromResult("/themas"), null),
        ("Kanalen", () => Task.FromResult("/kanalen"), null),
        ("Meldingen", () => Task.FromResult("/meldingen"), null),
    };
    foreach (var kind in kinds) await GetAsync(http, await kind.Path(), kind.Marker); // warm-up
    var timings = kinds.ToDictionary(k => k.Name, _ => new List<double>());
    for (var i = 0; i < requests; i++)
    {
        var kind = kinds[i % kinds.Length];
        var path = await kind.Path();
        var watch = Stopwatch.StartNew();
        await GetAsync(http, path, kind.Marker);
        timings[kind.Name].Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"{requests} sequential requests, one logged-in client, {Environment.ProcessorCount} cores, load average at end {LoadAverage()}");
    Console.WriteLine("| request | n | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
    foreach (var (name, list) in timings.Append(new("all", timings.Values.SelectMany(v => v).ToList())))
    {
        list.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {list.Count} | {P(list, 50):F0} | {P(list, 95):F0} | {P(list, 99):F0} | {list[^1]:F0} |"));
    }
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    app.Dispose();
    try { Directory.Delete(data, recursive: true); } catch (IOException) { }
}

Process StartApp(string themeSeconds)
{
    start.Environment["Monitoring__Themes__IntervalSeconds"] = themeSeconds;
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
    process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

async Task WaitForHealthAsync(HttpClient http)
{
    for (var i = 0; ; i++)
    {
        try { if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
        if (i > 600) throw new InvalidOperationException("App did not start:\n" + output);
        await Task.Delay(200);
    }
}

static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

// A severity cursor somewhere in the middle of the score range: the page after it is a deep keyset page.
static string DeepCursor() => string.Create(CultureInfo.InvariantCulture, $"{0.1 + (Random.Shared.NextDouble() * 0.7):R}~{long.MaxValue}");

// 200 with the page's own content: a redirect to the log-in page or an error page would not count as a page view.
static async Task GetAsync(HttpClient http, string path, string? marker)
{
    using var response = await http.GetAsync(path);
    var body = await response.Content.ReadAsStringAsync();
    if (response.StatusCode != HttpStatusCode.OK || (marker is not null && !body.Contains(marker, StringComparison.Ordinal)))
        throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
}

// The theme job's cursor (per municipality) has reached the last stored message.
static async Task ThemesCaughtUpAsync(string database)
{
    await using var connection = new SqliteConnection("Data Source=" + database + ";Mode=ReadOnly");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT (SELECT coalesce(max(\"LastMessageId\"), 0) FROM \"ThemeClusterStates\") >= (SELECT max(\"Id\") FROM \"Messages\")";
    for (var i = 0; Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0; i++)
    {
        if (i > 1800) throw new InvalidOperationException("The theme job did not catch up in an hour.");
        await Task.Delay(2000);
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static async Task LogInAsync(HttpClient http, string email, string password)
{
    var html = await http.GetStringAsync("/inloggen");
    var form = Regex.Match(html, "<form\\b(?:(?!</form>)[\\s\\S])*?type=\"password\"[\\s\\S]*?</form>").Value;
    var fields = new List<KeyValuePair<string, string>>();
    foreach (Match input in Regex.Matches(form, "<input\\b[^>]*>"))
    {
        string? Attr(string n) => Regex.Match(input.Value, $"\\s{n}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
        var name = Attr("name");
        if (name is null) continue;
        var type = Attr("type") ?? "text";
        if (type == "password") fields.Add(new(name, password));
        else if (type == "email" || Attr("autocomplete") == "username") fields.Add(new(name, email));
        else if (type == "hidden") fields.Add(new(name, Attr("value") ?? ""));
    }

    var response = await http.PostAsync("/inloggen", new FormUrlEncodedContent(fields));
    if (response.StatusCode != HttpStatusCode.Found) throw new InvalidOperationException("Log-in failed: " + (int)response.StatusCode);
}

static async Task SeedAsync(string database, int count)
{
    var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=" + database).Options;
    Guid municipality, channelId = Guid.NewGuid();
    await using (var db = new SqliteAppDbContext(options, SystemTenantContext.Instance))
    {
        municipality = await db.Municipalities.Where(m => m.Name.StartsWith("Demostad")).Select(m => m.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        db.Add(new Channel { Id = channelId, MunicipalityId = municipality, Name = "Belasting (load)", Type = ChannelType.PushApi, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
    }

    await using var connection = new SqliteConnection("Data Source=" + database);
    await connection.OpenAsync();
    var random = new Random(20261123);
    var texts = new[]
    {
        "Die mensen horen hier niet thuis, weg ermee.", "Wat een schande van het gemeentebestuur vandaag.",
        "Iedereen weet dat het vaccin gevaarlijk is, ze liegen.", "Fijne activiteit in het park gisteren!",
        "Zulke types zijn allemaal hetzelfde, echt waar.", "Ik ga hem vinden en dan zal hij het weten.",
    };
    var origin = DateTimeOffset.UtcNow.AddDays(-180);
    for (var done = 0; done < count;)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText =
            "INSERT INTO \"Messages\" (\"MunicipalityId\",\"ChannelId\",\"ExternalId\",\"Fingerprint\",\"Text\",\"AuthorPseudonym\",\"PublishedAt\",\"ReceivedAt\"," +
            "\"AnalysisState\",\"AnalysisAttempts\",\"ScoreHate\",\"ScoreToxicity\",\"ScoreThreat\",\"ScoreDehumanisation\",\"ScorePolarisation\",\"ScoreDoxxing\",\"ScoreDisinformation\"," +
            "\"Flags\",\"MaxBand\",\"MaxScore\",\"Harmful\",\"TargetGroups\",\"ReviewStatus\") VALUES " +
            "($m,$c,$e,$f,$t,$a,$p,$r,1,1,$s0,$s1,$s2,$s3,$s4,$s5,$s6,$flags,$band,$max,$harm,$groups,$status)";
        var names = new[] { "$m", "$c", "$e", "$f", "$t", "$a", "$p", "$r", "$s0", "$s1", "$s2", "$s3", "$s4", "$s5", "$s6", "$flags", "$band", "$max", "$harm", "$groups", "$status" };
        var parameters = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter { ParameterName = n }));
        await insert.PrepareAsync();
        var batchEnd = Math.Min(count, done + 50_000);
        for (; done < batchEnd; done++)
        {
            var scores = new double[7];
            var flags = 0;
            var max = 0.0;
            for (var s = 0; s < 7; s++)
            {
                // Mostly harmless with a long tail, as on a real municipal page.
                scores[s] = Math.Pow(random.NextDouble(), 4);
                if (scores[s] >= 0.5) flags |= 1 << s;
                max = Math.Max(max, scores[s]);
            }

            var at = origin.AddSeconds(done * 15.0);
            parameters["$m"].Value = Upper(municipality);
            parameters["$c"].Value = Upper(channelId);
            parameters["$e"].Value = "load-" + done.ToString(CultureInfo.InvariantCulture);
            parameters["$f"].Value = done.ToString("x32", CultureInfo.InvariantCulture);
            parameters["$t"].Value = texts[done % texts.Length];
            parameters["$a"].Value = (done % 5000).ToString("x16", CultureInfo.InvariantCulture);
            parameters["$p"].Value = Ticks(at);
            parameters["$r"].Value = Ticks(at);
            for (var s = 0; s < 7; s++) parameters["$s" + s].Value = scores[s];
            parameters["$flags"].Value = flags;
            parameters["$band"].Value = max >= 0.75 ? 3 : max >= 0.5 ? 2 : max >= 0.25 ? 1 : 0;
            parameters["$max"].Value = max;
            parameters["$harm"].Value = flags != 0;
            parameters["$groups"].Value = flags != 0 ? 1 << (done % 7) : 0;
            parameters["$status"].Value = done % 10 == 0 ? 1 : 0; // a tenth already reviewed
            await insert.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
    }

    await using var analyse = connection.CreateCommand();
    analyse.CommandText = "ANALYZE";
    await analyse.ExecuteNonQueryAsync();
}

// The SQLite context stores Guids as upper-case text and DateTimeOffsets with the binary converter (see SqliteAppDbContext).
static string Upper(Guid value) => value.ToString().ToUpperInvariant();

static long Ticks(DateTimeOffset value) => (long)Converter.Instance.ConvertToProvider(value.ToUniversalTime())!;

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

internal static class Converter
{
    public static DateTimeOffsetToBinaryConverter Instance { get; } = new();
}

/// <summary>Keeps the name=value of every Set-Cookie and sends them back on each request.</summary>
internal sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_cookies)
        {
            if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            lock (_cookies)
            {
                foreach (var header in values)
                {
                    var pair = header.Split(';')[0];
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq > 0) _cookies[pair[..eq]] = pair[(eq + 1)..];
                }
            }
        }

        return response;
    }
}
