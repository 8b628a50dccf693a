using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// SQLite has one writer per database file. When two bulk writers of this process (two push requests, the analysis
/// worker, the theme job) start a write transaction at the same moment, the loser gets SQLITE_BUSY and
/// Microsoft.Data.Sqlite retries it after sleeping 150 ms, so concurrent ingest spent much of its time asleep. The
/// module's bulk writes therefore queue on one in-process gate per database file instead, and tune their connection
/// for bulk work. Other processes (a CLI run) still meet the normal busy handling.
/// </summary>
internal static class SqliteWriter
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the database's write turn; dispose the result to give it back.</summary>
    public static async Task<IDisposable> EnterAsync(SqliteConnection connection, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(connection.DataSource ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            await using var pragma = connection.CreateCommand();
            // In WAL mode synchronous=NORMAL cannot corrupt the database; after a power cut the last commits may
            // be missing, which the at-least-once pipeline and idempotent ingest tolerate (a retry stores them).
            // 64 MiB of page cache keeps the random-keyed dedupe indexes of a million messages mostly in memory
            // (the default is 2 MiB). A checkpoint only every 16,384 WAL pages (64 MiB; the default is 1,000): a bulk
            // batch dirties thousands of random index pages, and with the default nearly every commit also copied
            // them into the database file, often the same pages again; the profile showed pwrite as the largest
            // single cost of ingest (docs/benchmarks.md, stop 7). The settings belong to this pooled connection only.
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        catch
        {
            gate.Release();
            throw;
        }

        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
