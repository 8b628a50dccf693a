using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Cli.Database;

/// <summary>`samenspraak db migrate`: applies the migrations of the configured provider (the way to migrate PostgreSQL).</summary>
public static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var provider = PlatformHost.ProviderOption();
        var connection = PlatformHost.ConnectionOption();
        var contentRoot = PlatformHost.ContentRootOption();
        var migrate = new Command("migrate", PlatformCliText.Get("DbMigrateDescription")) { provider, connection, contentRoot };
        migrate.SetAction((parse, ct) => MigrateAsync(console, parse.GetValue(contentRoot), parse.GetValue(provider), parse.GetValue(connection), ct));
        return new Command("db", PlatformCliText.Get("DbDescription")) { migrate };
    }

    internal static async Task<int> MigrateAsync(CliConsole console, string? contentRoot, string? provider, string? connection, CancellationToken ct)
    {
        using var host = PlatformHost.Build(contentRoot, provider, connection);
        await using var scope = host.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        IReadOnlyList<string> applied;
        try
        {
            applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new CliException(ExitCodes.FileError, PlatformCliText.Format("DatabaseFailed", ex.Message), ex);
        }

        console.OutText.WriteLine(applied.Count == 0
            ? PlatformCliText.Format("MigrateUpToDate", settings.Provider)
            : PlatformCliText.Format("MigrateApplied", settings.Provider, applied.Count, string.Join(", ", applied)));
        return ExitCodes.Ok;
    }
}
