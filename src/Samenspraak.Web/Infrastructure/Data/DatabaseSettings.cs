using Microsoft.Data.Sqlite;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>
/// The resolved database configuration: provider, connection string (a relative SQLite path made absolute
/// against the content root) and whether to migrate at startup.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string ConnectionStringName = "Samenspraak";

    /// <summary>The embedded default: a SQLite file under ./data of the content root.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/samenspraak.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText))
        {
            provider = providerText.Trim().ToUpperInvariant() switch
            {
                "SQLITE" => DatabaseProvider.Sqlite,
                "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSQL,
                _ => throw new InvalidOperationException(
                    $"Database:Provider '{providerText}' is unknown; use 'Sqlite' or 'PostgreSQL'."),
            };
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(
                string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSQL but ConnectionStrings:Samenspraak is empty.");
        }

        // SQLite is embedded and single-instance: migrating at startup is what makes `dotnet run` work on a fresh
        // machine. PostgreSQL is shared, so an operator decides (samenspraak db migrate) unless told otherwise.
        var migrate = provider == DatabaseProvider.Sqlite || configuration.GetValue("Database:MigrateOnStartup", false);
        return new DatabaseSettings(provider, connectionString, migrate);
    }

    /// <summary>Makes a relative SQLite data source absolute against the content root and creates its folder.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }

        var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(contentRoot, source));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = path;
        return builder.ToString();
    }
}
