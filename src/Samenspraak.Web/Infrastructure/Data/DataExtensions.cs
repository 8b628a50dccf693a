using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> for the configured provider, the tenant and audit interceptors,
    /// data-protection keys in the database and the database health check.
    /// </summary>
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        // Configuration is read when the first service is resolved, not here: hosts that add configuration
        // after Program.cs ran (WebApplicationFactory in the tests, the CLI's --connection) must be honoured.
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        var services = builder.Services;
        services.AddSingleton(_ => DatabaseSettings.From(configuration, contentRoot));
        services.AddHttpContextAccessor();
        services.AddScoped<ITenantContext, HttpTenantContext>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TenantGuardInterceptor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, AuditInterceptor>();

        // Both flavours are registered; AppDbContext resolves to the configured one. Only that one ever opens a connection.
        services.AddDbContext<SqliteAppDbContext>(ConfigureContext);
        services.AddDbContext<PostgresAppDbContext>(ConfigureContext);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteAppDbContext>()
            : sp.GetRequiredService<PostgresAppDbContext>());

        services.AddScoped<DatabaseMigrator>();

        // Keys in the database: every instance behind a load balancer can read the others' cookies.
        services.AddDataProtection()
            .SetApplicationName("Samenspraak")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    private static void ConfigureContext(IServiceProvider services, DbContextOptionsBuilder options)
    {
        DbContextOptionsFactory.Configure(options, services.GetRequiredService<DatabaseSettings>());
        DbContextOptionsFactory.AddInterceptors(options, services);
    }
}
