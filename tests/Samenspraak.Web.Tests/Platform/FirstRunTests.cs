using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>The application started on an empty database with demo seeding on, as `dotnet run` does.</summary>
public sealed class FirstRunFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Samenspraak:SeedDemo"] = "true";
}

public sealed partial class FirstRunTests(FirstRunFixture app) : IClassFixture<FirstRunFixture>
{
    private string Banner => app.Factory.ConsoleOutput.ToString();

    [Fact]
    public async Task ExactlyOnePlatformAdminIsCreatedAndItsPrintedPasswordWorks()
    {
        var match = AdminPassword().Match(Banner);
        Assert.True(match.Success, "No admin password in the banner:\n" + Banner);
        Assert.Contains("EERSTE START", Banner, StringComparison.Ordinal);
        Assert.Single(AdminPassword().Matches(Banner));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admins = await users.GetUsersInRoleAsync(Roles.PlatformAdmin);
            Assert.Single(admins, a => a.Email == AdminAccounts.DefaultAdminEmail);
        }

        await LoginForm.LogInAsync(app.Factory.CreateBrowserClient(), AdminAccounts.DefaultAdminEmail, match.Groups[1].Value);
    }

    [Fact]
    public async Task ASecondStartOnTheSameDatabasePrintsNoPasswordsAndCreatesNoAdmin()
    {
        _ = app.Factory; // the first start happened in the fixture
        await using var second = new SamenspraakFactory(app.Factory.Database);
        second.Settings["Samenspraak:SeedDemo"] = "true";
        _ = second.Server;

        Assert.DoesNotContain("Wachtwoord", second.ConsoleOutput.ToString(), StringComparison.Ordinal);
        await using var scope = second.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Single(await users.GetUsersInRoleAsync(Roles.PlatformAdmin), a => a.Email == AdminAccounts.DefaultAdminEmail);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Municipalities.CountAsync(m => m.NisCode == DemoData.DemoNisCode));
    }

    [Fact]
    public async Task TheDemoMunicipalityIsSeededWithADemoUserPerRole()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demo = await db.Municipalities.SingleAsync(m => m.NisCode == DemoData.DemoNisCode);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        Assert.True(demo.IsDemo);
        Assert.Contains("(demo)", demo.Name, StringComparison.Ordinal);
        foreach (var role in Roles.MunicipalityRoles)
        {
            Assert.Contains(await users.GetUsersInRoleAsync(role), u => u.MunicipalityId == demo.Id);
        }

        var demoPassword = DemoPassword().Match(Banner).Groups[1].Value;
        await LoginForm.LogInAsync(app.Factory.CreateBrowserClient(), $"beheerder@{DemoData.DemoMailDomain}", demoPassword);
    }

    [GeneratedRegex(@"admin@samenspraak\.local\s+Wachtwoord:\s+(\S+)")]
    private static partial Regex AdminPassword();

    [GeneratedRegex(@"Demogemeente[^\n]*\n(?:\s+\S+@\S+[^\n]*\n)+\s+Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}

public sealed class NoDemoSeedTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task WithSeedDemoFalseThereIsNoDemoMunicipality()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(await db.Municipalities.AnyAsync(m => m.IsDemo));
        Assert.DoesNotContain("Demostad", app.Factory.ConsoleOutput.ToString(), StringComparison.Ordinal);
    }
}
