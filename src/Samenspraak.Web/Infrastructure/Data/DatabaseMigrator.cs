using Microsoft.EntityFrameworkCore;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>Applies the EF Core migrations of the configured provider; used at startup and by <c>samenspraak db migrate</c>.</summary>
public sealed class DatabaseMigrator(AppDbContext db, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies pending migrations and returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        // Migrate takes a database-wide lock; an up-to-date database (every later start) does not need it.
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}",
                pending.Count, settings.Provider, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the writer work at the same time; the mode is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        return pending;
    }
}
