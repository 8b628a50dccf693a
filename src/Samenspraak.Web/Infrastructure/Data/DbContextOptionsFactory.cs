using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>Builds context options for a provider; shared by the web app, the CLI and the design-time factories.</summary>
public static class DbContextOptionsFactory
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, sqlite =>
                    sqlite.MigrationsHistoryTable("__EFMigrationsHistory"));
                break;
            case DatabaseProvider.PostgreSQL:
                options.UseNpgsql(settings.ConnectionString, npgsql =>
                    npgsql.EnableRetryOnFailure(3));
                break;
            default:
                throw new InvalidOperationException($"Unsupported provider {settings.Provider}.");
        }
    }

    /// <summary>Creates a context without dependency injection (CLI, design time): system tenant, no interceptors.</summary>
    public static AppDbContext CreateContext(DatabaseSettings settings, ITenantContext? tenant = null)
    {
        tenant ??= SystemTenantContext.Instance;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>();
                Configure(sqlite, settings);
                return new SqliteAppDbContext(sqlite.Options, tenant);
            default:
                var npgsql = new DbContextOptionsBuilder<PostgresAppDbContext>();
                Configure(npgsql, settings);
                return new PostgresAppDbContext(npgsql.Options, tenant);
        }
    }

    internal static void AddInterceptors(DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetServices<IInterceptor>());
}
