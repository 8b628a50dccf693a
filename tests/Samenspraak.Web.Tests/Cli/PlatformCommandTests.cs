extern alias cli;

using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using cli::Samenspraak.Cli;
using cli::Samenspraak.Cli.Database;
using cli::Samenspraak.Cli.Users;

namespace Samenspraak.Web.Tests.Cli;

/// <summary>`samenspraak db migrate` and `samenspraak users create-admin`, run in-process against real databases.</summary>
public abstract partial class PlatformCommandTests
{
    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = new CliConsole(new MemoryStream(), stdout, stderr, errorIsTerminal: false);
        var root = new RootCommand { DbCommand.Create(console), UsersCommand.Create(console) };
        var exit = await CliRunner.InvokeAsync(root, args, console);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public async Task DbMigrateAppliesAllMigrationsAndIsIdempotent()
    {
        await using var database = await CreateDatabaseAsync();
        if (database is null)
        {
            return;
        }

        var first = await RunAsync("db", "migrate", "--provider", database.Provider.ToString(), "--connection", database.ConnectionString);
        var second = await RunAsync("db", "migrate", "--provider", database.Provider.ToString(), "--connection", database.ConnectionString);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("migratie(s) toegepast", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("al up-to-date", second.Out, StringComparison.Ordinal);
        await using var db = DbContextOptionsFactory.CreateContext(new DatabaseSettings(database.Provider, database.ConnectionString, false));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateAdminPrintsAGeneratedPasswordThatLogsIn()
    {
        await using var database = await CreateDatabaseAsync();
        if (database is null)
        {
            return;
        }

        await RunAsync("db", "migrate", "--provider", database.Provider.ToString(), "--connection", database.ConnectionString);
        var created = await RunAsync("users", "create-admin", "--email", "cli.beheer@test.samenspraak.local", "--name", "CLI Beheer",
            "--provider", database.Provider.ToString(), "--connection", database.ConnectionString);
        var again = await RunAsync("users", "create-admin", "--email", "cli.beheer@test.samenspraak.local",
            "--provider", database.Provider.ToString(), "--connection", database.ConnectionString);

        Assert.True(created.Exit == 0, created.Error);
        var password = PasswordLine().Match(created.Out).Groups[1].Value;
        Assert.True(password.Length >= 12, created.Out);
        Assert.NotEqual(0, again.Exit);
        Assert.Contains("bestaat al", again.Error, StringComparison.Ordinal);

        // The web application on the same database accepts the printed password, and the account is a platform admin.
        await using var factory = new SamenspraakFactory(database);
        var client = factory.CreateBrowserClient();
        await LoginForm.LogInAsync(client, "cli.beheer@test.samenspraak.local", password);
        var me = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me");
        Assert.Contains(Roles.PlatformAdmin, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("CLI Beheer", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task CreateAdminRefusesAnInvalidEmail()
    {
        var result = await RunAsync("users", "create-admin", "--email", "geen-adres", "--connection", "Data Source=:memory:");

        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("geen geldig e-mailadres", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Wachtwoord:\s+(\S+)")]
    private static partial Regex PasswordLine();
}

public sealed class SqlitePlatformCommandTests : PlatformCommandTests
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(new SqliteTestDatabase());
}

public sealed class PostgresPlatformCommandTests : PlatformCommandTests
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync()
    {
        var reason = TestDatabase.PostgresUnavailableReason();
        if (reason is not null)
        {
            Assert.Skip(reason);
        }

        return await PostgresTestDatabase.CreateAsync();
    }
}
