using Npgsql;
using Samenspraak.EndToEnd.Tests.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>
/// The one database that the application processes of a pipeline test share: a SQLite file in a folder that
/// survives the processes (so a restart opens the same file), or a fresh PostgreSQL database. The test reads it
/// through the application's own <see cref="AppDbContext"/> (system tenant, no interceptors).
/// </summary>
internal sealed class PipelineDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SAMENSPRAAK_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private PipelineDatabase(DatabaseSettings settings, string folder, string? postgresAdmin, string? postgresName)
    {
        Settings = settings;
        Folder = folder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The data folder the processes start on (holds the SQLite file, mail and imports).</summary>
    public string Folder { get; }

    /// <summary>The configuration that points an application process at this database.</summary>
    public IReadOnlyDictionary<string, string> AppEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = Settings.Provider.ToString(),
        ["ConnectionStrings__Samenspraak"] = Settings.ConnectionString,
        ["Database__MigrateOnStartup"] = "true",
    };

    public static PipelineDatabase Sqlite()
    {
        var folder = NewFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=" + Path.Combine(folder, "samenspraak.db"), true);
        return new PipelineDatabase(settings, folder, null, null);
    }

    /// <summary>A fresh PostgreSQL database; skips the test when no server is configured (fails instead in CI).</summary>
    public static async Task<PipelineDatabase> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var reason = $"{PostgresVariable} is not set; the PostgreSQL pipeline tests need a server where databases may be created.";
            if (TestEnvironment.IsCi)
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        var name = "samenspraak_pipeline_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Room for two processes (pools of up to 100 each by default) plus the test's own reads.
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 };
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSQL, builder.ConnectionString, true);
        return new PipelineDatabase(settings, NewFolder(), admin, name);
    }

    public AppDbContext Open() => DbContextOptionsFactory.CreateContext(Settings);

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the OS.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "samenspraak-pipeline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
