using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// SQLite has one writer per database file. When two bulk writers of this process (two push requests, the analysis
/// worker, the theme job) start a write transaction at the same moment, the loser gets SQLITE_BUSY and
/// Microsoft.Data.Sqlite retries it after sleeping 150 ms, so concurrent ingest spent much of its time asleep. The
/// module's bulk writes therefore queue on one in-process gate per database file instead, and tune their connection
/// for bulk work. Other processes (a CLI run) still meet the normal busy handling.
/// <para>
/// The message insert (<see cref="MessageBulkWriter"/>) writes on one long-lived connection per file
/// (<see cref="EnterDedicatedAsync"/>). SQLite throws a connection's whole page cache away when it starts a
/// transaction after another connection changed the file, so with the pool's connections taking turns every batch
/// began cold and read the random-keyed dedupe index back from the OS page by page (docs/benchmarks.md, stop 8). The
/// dedicated connection keeps its cache between batches; it is closed after <see cref="IdleLifetime"/> without use.
/// </para>
/// </summary>
internal static class SqliteWriter
{
    /// <summary>How long a dedicated connection stays open without a write.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(15);

    private static readonly ConcurrentDictionary<string, FileWriter> Writers = new(StringComparer.Ordinal);

    // In WAL mode synchronous=NORMAL cannot corrupt the database; after a power cut the last commits may be missing,
    // which the at-least-once pipeline and idempotent ingest tolerate (a retry stores them). 64 MiB of page cache
    // keeps the random-keyed dedupe indexes of a million messages mostly in memory (the default is 2 MiB). A
    // checkpoint only every 16,384 WAL pages (64 MiB; the default is 1,000): a bulk batch dirties thousands of random
    // index pages, and with the default nearly every commit also copied them into the database file, often the same
    // pages again; the profile showed pwrite as the largest single cost of ingest (docs/benchmarks.md, stop 7).
    private const string BulkPragmas = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384; PRAGMA temp_store = MEMORY;";

    /// <summary>Waits for the database's write turn on <paramref name="connection"/>; dispose the result to give it back.</summary>
    public static async Task<WriteTurn> EnterAsync(SqliteConnection connection, CancellationToken ct)
    {
        var writer = WriterFor(FilePath(connection), connection);
        await writer.Gate.WaitAsync(ct);
        try
        {
            // The settings belong to this pooled connection only.
            await ExecuteAsync(connection, BulkPragmas, ct);
        }
        catch
        {
            writer.Gate.Release();
            throw;
        }

        return new WriteTurn(writer, connection, closeAfter: false);
    }

    /// <summary>
    /// Waits for the database's write turn and hands out the file's long-lived write connection (opened on first use
    /// with the connection string of <paramref name="template"/>, which may be closed). Use it only until the turn is
    /// disposed. A database that is not a file (in memory) has no second connection to the same data, so there the
    /// turn hands out <paramref name="template"/> itself, opened for the turn.
    /// </summary>
    public static async Task<WriteTurn> EnterDedicatedAsync(SqliteConnection template, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(template);
        var path = FilePath(template);
        var writer = WriterFor(path, template);
        await writer.Gate.WaitAsync(ct);
        try
        {
            if (path is null)
            {
                var opened = template.State != System.Data.ConnectionState.Open;
                if (opened)
                {
                    await template.OpenAsync(ct);
                }

                await ExecuteAsync(template, BulkPragmas, ct);
                return new WriteTurn(writer, template, opened);
            }

            if (writer.Connection is null)
            {
                var connection = new SqliteConnection(template.ConnectionString);
                await connection.OpenAsync(ct);
                await ExecuteAsync(connection, BulkPragmas, ct);
                writer.Connection = connection;
            }

            return new WriteTurn(writer, writer.Connection, closeAfter: false);
        }
        catch
        {
            writer.Gate.Release();
            throw;
        }
    }

    /// <summary>
    /// Closes every dedicated connection now. Like the connection pool (<see cref="SqliteConnection.ClearAllPools"/>),
    /// an open connection keeps writing into a database file that was deleted, so tools and tests that delete a
    /// database file and make it again under the same name call this first.
    /// </summary>
    public static void CloseAll()
    {
        foreach (var writer in Writers.Values)
        {
            writer.Gate.Wait();
            try
            {
                writer.CloseConnection();
            }
            finally
            {
                writer.Gate.Release();
            }
        }
    }

    // Keyed by the connection string's file, made absolute, whether the connection is open or not.
    private static FileWriter WriterFor(string? path, SqliteConnection connection) =>
        Writers.GetOrAdd(path ?? "memory:" + connection.ConnectionString, _ => new FileWriter());

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    private static string? FilePath(SqliteConnection connection)
    {
        var builder = new SqliteConnectionStringBuilder(connection.ConnectionString);
        var source = builder.DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(source);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The gate and the long-lived connection of one database file.</summary>
    internal sealed class FileWriter
    {
        private readonly Timer _idle;
        private long _lastUse;

        public FileWriter() => _idle = new Timer(_ => CloseIfIdle(), null, Timeout.Infinite, Timeout.Infinite);

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public SqliteConnection? Connection { get; set; }

        public void Used()
        {
            Interlocked.Exchange(ref _lastUse, Environment.TickCount64);
            if (Connection is not null)
            {
                _idle.Change(IdleLifetime, Timeout.InfiniteTimeSpan);
            }
        }

        public void CloseConnection()
        {
            Connection?.Dispose();
            Connection = null;
        }

        private void CloseIfIdle()
        {
            // A writer holding the turn now will reschedule the timer when it gives the turn back.
            if (!Gate.Wait(0))
            {
                return;
            }

            try
            {
                if (Environment.TickCount64 - Interlocked.Read(ref _lastUse) >= (long)IdleLifetime.TotalMilliseconds)
                {
                    CloseConnection();
                }
                else if (Connection is not null)
                {
                    _idle.Change(IdleLifetime, Timeout.InfiniteTimeSpan);
                }
            }
            finally
            {
                Gate.Release();
            }
        }
    }

    /// <summary>A write turn and the connection to write on during it (the caller's own, or the file's long-lived one).</summary>
    internal sealed class WriteTurn : IDisposable
    {
        private readonly FileWriter _writer;
        private readonly bool _closeAfter;
        private int _released;

        internal WriteTurn(FileWriter writer, SqliteConnection connection, bool closeAfter)
        {
            _writer = writer;
            _closeAfter = closeAfter;
            Connection = connection;
        }

        public SqliteConnection Connection { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                if (_closeAfter)
                {
                    Connection.Close();
                }

                _writer.Used();
                _writer.Gate.Release();
            }
        }
    }
}
