using Microsoft.EntityFrameworkCore.Design;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef</c> create the SQLite context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        (SqliteAppDbContext)DbContextOptionsFactory.CreateContext(
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db", false));
}

/// <summary>
/// Lets <c>dotnet ef</c> create the PostgreSQL context. Adding a migration needs no server; applying one uses
/// the connection string in SAMENSPRAAK_DESIGN_POSTGRES.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        (PostgresAppDbContext)DbContextOptionsFactory.CreateContext(new DatabaseSettings(
            DatabaseProvider.PostgreSQL,
            Environment.GetEnvironmentVariable("SAMENSPRAAK_DESIGN_POSTGRES") ?? "Host=localhost;Database=samenspraak_design",
            false));
}
