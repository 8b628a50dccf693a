using Microsoft.Data.Sqlite;
using Samenspraak.Web.Monitoring.Pipeline;

namespace Samenspraak.Web.Tests.Monitoring.Pipeline;

/// <summary>The module's SQLite write turn and its long-lived write connection per database file.</summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "samenspraak-tests", "writer-" + Guid.NewGuid().ToString("N"));

    public SqliteWriterTests() => Directory.CreateDirectory(_folder);

    private string ConnectionString(string file) => "Data Source=" + Path.Combine(_folder, file);

    public void Dispose()
    {
        SqliteWriter.CloseAll();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task EveryTurnOnAFileGetsTheSameConnectionTunedForBulkWork()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var template = new SqliteConnection(ConnectionString("a.db"));
        SqliteConnection first;
        using (var turn = await SqliteWriter.EnterDedicatedAsync(template, ct))
        {
            first = turn.Connection;
            Assert.Equal(System.Data.ConnectionState.Open, first.State);
            // Temp files in memory: each INSERT's statement journal otherwise went to a temp file (stop 8).
            Assert.Equal(2, await ScalarAsync(first, "PRAGMA temp_store"));
            Assert.Equal(-65536, await ScalarAsync(first, "PRAGMA cache_size"));
            Assert.Equal(16384, await ScalarAsync(first, "PRAGMA wal_autocheckpoint"));
            await using var create = first.CreateCommand();
            create.CommandText = "CREATE TABLE t (x INTEGER)";
            await create.ExecuteNonQueryAsync(ct);
        }

        using (var turn = await SqliteWriter.EnterDedicatedAsync(template, ct))
        {
            Assert.Same(first, turn.Connection);
        }

        await using var other = new SqliteConnection(ConnectionString("b.db"));
        using (var turn = await SqliteWriter.EnterDedicatedAsync(other, ct))
        {
            Assert.NotSame(first, turn.Connection);
        }
    }

    [Fact]
    public async Task TurnsOnOneFileTakeTurnsAndPooledWritersWaitForTheDedicatedOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var template = new SqliteConnection(ConnectionString("c.db"));
        await using var pooled = new SqliteConnection(ConnectionString("c.db"));
        await pooled.OpenAsync(ct);

        var held = await SqliteWriter.EnterDedicatedAsync(template, ct);
        var second = SqliteWriter.EnterDedicatedAsync(template, ct);
        var third = SqliteWriter.EnterAsync(pooled, ct);
        await Task.Delay(50, ct);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);

        held.Dispose();
        using (await second)
        {
            Assert.False(third.IsCompleted);
        }

        using (await third)
        {
            Assert.Equal(2, await ScalarAsync(pooled, "PRAGMA temp_store"));
        }
    }

    [Fact]
    public async Task CloseAllClosesTheConnectionAndTheNextTurnOpensAFreshOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var template = new SqliteConnection(ConnectionString("d.db"));
        SqliteConnection first;
        using (var turn = await SqliteWriter.EnterDedicatedAsync(template, ct))
        {
            first = turn.Connection;
        }

        SqliteWriter.CloseAll();

        Assert.Equal(System.Data.ConnectionState.Closed, first.State);
        using var next = await SqliteWriter.EnterDedicatedAsync(template, ct);
        Assert.NotSame(first, next.Connection);
        Assert.Equal(System.Data.ConnectionState.Open, next.Connection.State);
    }

    [Fact]
    public async Task AnInMemoryDatabaseIsWrittenOnItsOwnConnection()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var memory = new SqliteConnection("Data Source=writer-" + Guid.NewGuid().ToString("N") + ";Mode=Memory;Cache=Shared");
        await memory.OpenAsync(ct);
        await ScalarAsync(memory, "CREATE TABLE t (x INTEGER); SELECT 0");

        using (var turn = await SqliteWriter.EnterDedicatedAsync(memory, ct))
        {
            Assert.Same(memory, turn.Connection);
            await ScalarAsync(turn.Connection, "INSERT INTO t VALUES (1); SELECT 0");
        }

        // It was open before the turn, so the turn leaves it open.
        Assert.Equal(System.Data.ConnectionState.Open, memory.State);
        Assert.Equal(1, await ScalarAsync(memory, "SELECT count(*) FROM t"));
    }
}
