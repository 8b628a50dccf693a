using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Infrastructure.FirstRun;

public static class StartupInitialization
{
    public static IHostApplicationBuilder AddFirstRun(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<FirstRunOptions>(builder.Configuration.GetSection(FirstRunOptions.Section));
        builder.Services.AddSingleton<FirstRunConsole>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddScoped<FirstRunSeeder>();
        return builder;
    }

    /// <summary>
    /// Before the app serves requests: migrate (always for SQLite; for PostgreSQL only with
    /// Database:MigrateOnStartup) and seed. A PostgreSQL database that is behind is reported, not touched.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IHost app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Samenspraak.Startup");
        if (settings.MigrateOnStartup)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        }
        else
        {
            List<string> pending;
            try
            {
                pending = (await services.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync(ct)).ToList();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A shared database that is down must not crash-loop every instance: start, report it on /health
                // (503) and answer requests that need it with the error page until it is back.
                logger.LogError(ex, "The database is not reachable at startup; seeding skipped. /health reports it.");
                return;
            }

            if (pending.Count > 0)
            {
                logger.LogWarning(
                    "The database lacks {Count} migration(s); run 'samenspraak db migrate' (or set Database:MigrateOnStartup=true). Seeding skipped.",
                    pending.Count);
                return;
            }
        }

        await services.GetRequiredService<FirstRunSeeder>().SeedAsync(ct);
    }
}
