using System.CommandLine;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Cli.Database;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Cli.Users;

/// <summary>`samenspraak users create-admin --email X [--name Y]`: a platform admin with a generated password, shown once.</summary>
public static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var email = new Option<string>("--email") { Description = PlatformCliText.Get("EmailDescription"), Required = true, HelpName = "EMAIL" };
        var name = new Option<string?>("--name") { Description = PlatformCliText.Get("NameDescription"), HelpName = "NAME" };
        var provider = PlatformHost.ProviderOption();
        var connection = PlatformHost.ConnectionOption();
        var contentRoot = PlatformHost.ContentRootOption();
        var createAdmin = new Command("create-admin", PlatformCliText.Get("CreateAdminDescription")) { email, name, provider, connection, contentRoot };
        createAdmin.SetAction((parse, ct) => CreateAdminAsync(console, parse.GetRequiredValue(email), parse.GetValue(name),
            parse.GetValue(contentRoot), parse.GetValue(provider), parse.GetValue(connection), ct));
        return new Command("users", PlatformCliText.Get("UsersDescription")) { createAdmin };
    }

    internal static async Task<int> CreateAdminAsync(CliConsole console, string email, string? name, string? contentRoot,
        string? provider, string? connection, CancellationToken ct)
    {
        email = email.Trim();
        if (!MailAddress.TryCreate(email, out _))
        {
            throw new CliException(ExitCodes.Usage, PlatformCliText.Format("EmailInvalid", email));
        }

        using var host = PlatformHost.Build(contentRoot, provider, connection);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var settings = services.GetRequiredService<DatabaseSettings>();
        try
        {
            var pending = (await services.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync(ct)).Count();
            if (pending > 0)
            {
                // SQLite is embedded: like the web app, bring it up to date. A shared PostgreSQL is the operator's call.
                if (settings.Provider != DatabaseProvider.Sqlite)
                {
                    throw new CliException(ExitCodes.FileError, PlatformCliText.Format("NeedsMigration", pending));
                }

                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            }
        }
        catch (Exception ex) when (ex is not (CliException or OperationCanceledException))
        {
            throw new CliException(ExitCodes.FileError, PlatformCliText.Format("DatabaseFailed", ex.Message), ex);
        }

        var accounts = services.GetRequiredService<AdminAccounts>();
        if (await services.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
        {
            throw new CliException(ExitCodes.Usage, PlatformCliText.Format("EmailTaken", email));
        }

        var created = await accounts.CreatePlatformAdminAsync(email, string.IsNullOrWhiteSpace(name) ? null : name.Trim(), ct);
        console.OutText.WriteLine(PlatformCliText.Format("AdminCreated", created.User.Email, created.Password));
        return ExitCodes.Ok;
    }
}
