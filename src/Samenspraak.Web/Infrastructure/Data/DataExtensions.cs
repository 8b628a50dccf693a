using Microsoft.AspNetCore.DataProtection;
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
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddScoped<ITenantContext, HttpTenantContext>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TenantGuardInterceptor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, AuditInterceptor>();

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) =>
            {
                DbContextOptionsFactory.Configure(options, settings);
                DbContextOptionsFactory.AddInterceptors(options, sp);
            });
        }
        else
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, options) =>
            {
                DbContextOptionsFactory.Configure(options, settings);
                DbContextOptionsFactory.AddInterceptors(options, sp);
            });
        }

        services.AddScoped<DatabaseMigrator>();

        // Keys in the database: every instance behind a load balancer can read the others' cookies.
        services.AddDataProtection()
            .SetApplicationName("Samenspraak")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }
}
