using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samenspraak.Throughput;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.IngestLoad;

/// <summary>
/// The SQLite insert alone: stores N generated messages through the real <see cref="MessageBulkWriter"/> (analysis at
/// ingest on, as shipped) into a fresh, migrated SQLite file, in batches of 5,000 like the push API, once per index set:
/// stop 5's eight Messages indexes, only the fingerprint dedupe index (the floor), stop 6's set (the replies and the
/// pending rows indexed partially), and stop 5's set with each index dropped in turn. Prints wall clock and this
/// process's CPU per message, so the cost of each index is the difference to the full set.
/// Usage: Samenspraak.IngestLoad insert [messages] [all|none|partial|each]
/// </summary>
internal static class InsertBench
{
    private const int Batch = 5000;

    public static async Task RunAsync(int count, string only)
    {
        var source = Path.Combine(Path.GetTempPath(), "samenspraak-insertbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(source);
        try
        {
            var messages = Generate(Path.Combine(source, "input.ndjson"), count);
            var indexes = await IndexNamesAsync(source);
            Console.WriteLine($"Insert alone: {count:N0} messages, batches of {Batch:N0}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, channel count triggers {(Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_COUNTS") is "false" ? "off" : "on")}");
            Console.WriteLine($"Messages indexes in the migrated schema: {string.Join(", ", indexes)}");
            Console.WriteLine("| index set | wall s | CPU s | CPU µs per message | load average |");
            Console.WriteLine("| --- | --- | --- | --- | --- |");
            // A first untimed run warms up the JIT and the file system.
            await MeasureAsync(source, messages.Take(Batch * 2).ToList(), [], "warm-up", print: false);
            if (only is "all" or "each")
            {
                await MeasureAsync(source, messages, [], "stop 5: eight full indexes", create: Stop5);
            }

            if (only is "none" or "each")
            {
                await MeasureAsync(source, messages, indexes.Where(i => !i.Contains("Fingerprint", StringComparison.Ordinal)).ToList(),
                    "only the fingerprint dedupe index");
            }

            if (only is "partial" or "each")
            {
                await MeasureAsync(source, messages, [], "stop 6: replies and pending rows only (partial)", create: Stop6);
            }

            if (only == "each")
            {
                foreach (var index in indexes)
                {
                    await MeasureAsync(source, messages, [index], "stop 5 set without " + index, create: Stop5.Where(sql => !sql.Contains(index, StringComparison.Ordinal)).ToArray());
                }
            }
        }
        finally
        {
            try { Directory.Delete(source, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<string>> IndexNamesAsync(string folder)
    {
        var (settings, _) = await CreateDatabaseAsync(folder);
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Messages' AND sql IS NOT NULL ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    // Both sets are written out, so the comparison holds whichever migration created the schema.
    private static readonly string[] Stop5 =
    [
        "DROP INDEX IF EXISTS \"IX_Messages_ChannelId_ReplyToExternalId\"",
        "CREATE INDEX \"IX_Messages_ChannelId_ReplyToExternalId\" ON \"Messages\" (\"ChannelId\", \"ReplyToExternalId\")",
        "DROP INDEX IF EXISTS \"IX_Messages_AnalysisState_Id\"",
        "CREATE INDEX \"IX_Messages_AnalysisState_Id\" ON \"Messages\" (\"AnalysisState\", \"Id\")",
    ];

    private static readonly string[] Stop6 =
    [
        "DROP INDEX IF EXISTS \"IX_Messages_ChannelId_ReplyToExternalId\"",
        "CREATE INDEX \"IX_Messages_ChannelId_ReplyToExternalId\" ON \"Messages\" (\"ChannelId\", \"ReplyToExternalId\") WHERE \"ReplyToExternalId\" IS NOT NULL",
        "DROP INDEX IF EXISTS \"IX_Messages_AnalysisState_Id\"",
        "CREATE INDEX \"IX_Messages_AnalysisState_Id\" ON \"Messages\" (\"AnalysisState\", \"Id\") WHERE \"AnalysisState\" = 0",
    ];

    private static async Task MeasureAsync(string folder, List<Template> messages, List<string> drop, string label, bool print = true,
        string[]? create = null)
    {
        var (settings, channel) = await CreateDatabaseAsync(folder);
        await using (var connection = new SqliteConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var sql in drop.Select(index => $"DROP INDEX \"{index}\"").Concat(create ?? []))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }

        await using var db = DbContextOptionsFactory.CreateContext(settings, SystemTenantContext.Instance);
        if (Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_PRAGMAS") is { Length: > 0 } pragmas)
        {
            // Connection settings to try before changing the writer (e.g. "PRAGMA mmap_size = 268435456"): the writer
            // finds the context's connection open and keeps using it, so the settings hold for the whole run.
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync();
        }

        var services = new ServiceCollection().BuildServiceProvider();
        var writer = new MessageBulkWriter(db, new AnalyzerProvider(), services, Options.Create(new PipelineOptions()), TimeProvider.System,
            NullLogger<MessageBulkWriter>.Instance);
        var now = DateTimeOffset.UtcNow;
        var rows = messages.Select(t => new NewMessage(channel.Municipality, channel.Id, t.ExternalId, t.Fingerprint, t.Text, t.Pseudonym, null, null,
            null, t.PublishedAt, now)).ToList();
        GC.Collect();
        if (print)
        {
            // For a profiler attached for the measured part only (perf record -p, see docs/benchmarks.md stop 7).
            Console.WriteLine($"measuring {label} (pid {Environment.ProcessId})");
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var stored = 0;
        for (var start = 0; start < rows.Count; start += Batch)
        {
            var inserted = await writer.InsertAsync(rows.GetRange(start, Math.Min(Batch, rows.Count - start)));
            stored += inserted.Count(x => x);
        }

        clock.Stop();
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        if (stored != rows.Count)
        {
            throw new InvalidOperationException($"{label}: stored {stored} of {rows.Count}");
        }

        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {clock.Elapsed.TotalSeconds:F1} | {used:F1} | {used * 1e6 / rows.Count:F0} | {LoadAverage()} |"));
        }

        // Each measure has its own file; the writer's long-lived connection to this one is closed before it is deleted.
        SqliteWriter.CloseAll();
        SqliteConnection.ClearAllPools();
        // A new file name per run: the insert's long-lived write connection (SqliteWriter) belongs to one file name and
        // would otherwise go on writing into the deleted file of the previous run.
        foreach (var file in Directory.GetFiles(folder, "bench-*.db*"))
        {
            File.Delete(file);
        }
    }

    private static async Task<(DatabaseSettings Settings, (Guid Id, Guid Municipality) Channel)> CreateDatabaseAsync(string folder)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=" + Path.Combine(folder, "bench-" + Guid.NewGuid().ToString("N") + ".db"), true);
        await using var db = DbContextOptionsFactory.CreateContext(settings, SystemTenantContext.Instance);
        await db.Database.MigrateAsync();
        // The per-channel count triggers, as the app makes them at start-up (ADR 008); SAMENSPRAAK_BENCH_COUNTS=false
        // leaves them out, to measure what they cost.
        if (!string.Equals(Environment.GetEnvironmentVariable("SAMENSPRAAK_BENCH_COUNTS"), "false", StringComparison.OrdinalIgnoreCase))
        {
            await ChannelMessageCounts.EnsureAsync(db);
        }

        await using (var connection = new SqliteConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync();
        }

        // The migrations may already hold municipalities; any one will do, otherwise one is made.
        var municipality = await db.Municipalities.FirstOrDefaultAsync();
        if (municipality is null)
        {
            municipality = new Municipality { Id = Guid.NewGuid(), Name = "Bankstad", NisCode = "B0001", CreatedAt = DateTimeOffset.UtcNow };
            db.Add(municipality);
        }

        var now = DateTimeOffset.UtcNow;
        var channel = new Channel { Id = Guid.NewGuid(), MunicipalityId = municipality.Id, Name = "bench", Type = ChannelType.PushApi, CreatedAt = now, UpdatedAt = now };
        db.Add(channel);
        await db.SaveChangesAsync();
        return (settings, (channel.Id, municipality.Id));
    }

    private sealed record Template(string ExternalId, string Fingerprint, string Text, string Pseudonym, DateTimeOffset PublishedAt);

    /// <summary>The ingest harness's comments, with fingerprints and keyed-hash pseudonyms as the ingestor makes them.</summary>
    private static List<Template> Generate(string path, int count)
    {
        CommentGenerator.Write(path, count);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("insert-bench-key"));
        var list = new List<Template>(count);
        foreach (var line in File.ReadLines(path))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            var author = root.TryGetProperty("author", out var a) ? a.GetString() ?? "" : "";
            var published = root.TryGetProperty("publishedAt", out var p) && p.GetString() is { } s
                ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)
                : DateTimeOffset.UtcNow;
            var pseudonym = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(author)))[..32];
            list.Add(new Template(id, MessageFingerprint.Of(id, text, pseudonym, published), text, pseudonym, published));
        }

        return list;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
