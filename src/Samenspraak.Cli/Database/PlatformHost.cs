using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Cli.Database;

/// <summary>
/// The web application's data, identity and audit services in a plain host, configured exactly like the web app:
/// its appsettings.json (+ appsettings.{environment}.json), environment variables, then the command-line options.
/// </summary>
internal static class PlatformHost
{
    public static Option<string?> ProviderOption() => new("--provider") { Description = PlatformCliText.Get("ProviderDescription"), HelpName = "PROVIDER" };

    public static Option<string?> ConnectionOption() => new("--connection") { Description = PlatformCliText.Get("ConnectionDescription"), HelpName = "CONNECTION" };

    public static Option<string?> ContentRootOption() => new("--content-root") { Description = PlatformCliText.Get("ContentRootDescription"), HelpName = "FOLDER" };

    public static IHost Build(string? contentRoot, string? provider, string? connection)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = ResolveContentRoot(contentRoot),
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
            Args = [],
        });
        var overrides = new Dictionary<string, string?>
        {
            // The command's own messages are the output; framework logging only when something is wrong. A fresh
            // database makes EF Core log a failed look-up of its history table: expected, so not shown.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Samenspraak"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };
        if (!string.IsNullOrWhiteSpace(provider))
        {
            overrides["Database:Provider"] = provider;
        }

        if (!string.IsNullOrWhiteSpace(connection))
        {
            overrides["ConnectionStrings:" + DatabaseSettings.ConnectionStringName] = connection;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddData();
        builder.AddAudit();
        builder.AddAccounts();
        builder.AddMail();
        return builder.Build();
    }

    /// <summary>The web project's folder when run from the repository root, so the CLI and `dotnet run` share one database.</summary>
    private static string ResolveContentRoot(string? explicitRoot)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            return Path.GetFullPath(explicitRoot);
        }

        var web = Path.Combine(Directory.GetCurrentDirectory(), "src", "Samenspraak.Web");
        return File.Exists(Path.Combine(web, "appsettings.json")) ? web : Directory.GetCurrentDirectory();
    }
}
