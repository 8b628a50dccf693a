using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>Security events and data changes land in the audit log; admins see only what is theirs.</summary>
public abstract class AuditTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private async Task<List<AuditEntry>> EntriesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await filter(db.AuditEntries.AsNoTracking()).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<AppUser> NewUserAsync(string local)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var created = await accounts.CreateUserAsync($"{local}-{Guid.NewGuid():N}@test.samenspraak.local", local, fixture.World.Home.Id, Roles.Staff, TestWorld.Password);
        return created.User;
    }

    [Fact]
    public async Task LogInSuccessFailureAndLogOutAreAudited()
    {
        var user = await NewUserAsync("logboek");
        var client = fixture.Factory.CreateBrowserClient();

        await LoginForm.PostAsync(client, user.Email!, "helemaal-fout-wachtwoord");
        await LoginForm.LogInAsync(client, user.Email!, TestWorld.Password);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            // Log-out through the sign-in manager the pages use, with the user's cookie principal.
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
            signIn.Context = http;
            http.User = await signIn.CreateUserPrincipalAsync(user);
            await signIn.SignOutAsync();
        }

        var actions = (await EntriesAsync(q => q.Where(a => a.UserId == user.Id))).Select(a => a.Action).ToList();
        Assert.Contains(AuditActions.LoginFailed, actions);
        Assert.Contains(AuditActions.LoginSucceeded, actions);
        Assert.Contains(AuditActions.LoggedOut, actions);
        Assert.True(actions.IndexOf(AuditActions.LoginFailed) < actions.IndexOf(AuditActions.LoginSucceeded));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndTheLockoutIsAudited()
    {
        var user = await NewUserAsync("slot");
        var client = fixture.Factory.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await LoginForm.PostAsync(client, user.Email!, "fout-" + i);
        }

        var withRightPassword = await LoginForm.PostAsync(client, user.Email!, TestWorld.Password);

        Assert.NotEqual(HttpStatusCode.Found, withRightPassword.StatusCode);
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = await users.FindByIdAsync(user.Id.ToString());
        Assert.True(await users.IsLockedOutAsync(stored!));
        Assert.InRange(stored!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var actions = (await EntriesAsync(q => q.Where(a => a.UserId == user.Id))).Select(a => a.Action).ToList();
        Assert.Equal(4, actions.Count(a => a == AuditActions.LoginFailed));
        Assert.Contains(AuditActions.LockedOut, actions);
    }

    [Fact]
    public async Task MunicipalityChangesAreAuditedWithChangedPropertyNamesOnly()
    {
        var admin = await fixture.ClientAsync(Principal.PlatformAdmin);
        var nis = Random.Shared.Next(92000, 92999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Auditgem", nisCode = nis, province = "Limburg", population = 1000 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var updated = await admin.PutAsJsonAsync($"/api/v1/municipalities/{id}", new { name = "Auditgem", nisCode = nis, province = "Limburg", population = 1200 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var entries = await EntriesAsync(q => q.Where(a => a.MunicipalityId == id));
        var platformAdmin = fixture.World[Principal.PlatformAdmin];
        Assert.Contains(entries, a => a.Action == AuditActions.MunicipalityCreated && a.UserId == platformAdmin.Id);
        Assert.Contains(entries, a => a.Action == AuditActions.EntityAdded && a.EntityType == "Municipality" && a.EntityId == id.ToString());
        var modified = Assert.Single(entries, a => a.Action == AuditActions.EntityModified);
        Assert.Equal("{\"properties\":[\"Population\"]}", modified.Details);
        Assert.Equal(platformAdmin.UserName, modified.UserName);
        Assert.NotNull(modified.IpHash);
    }

    [Fact]
    public async Task AuditEntriesNeverContainPasswordsOrHashes()
    {
        var user = await NewUserAsync("geheim");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            await users.ChangePasswordAsync(stored!, TestWorld.Password, "Een-ander-geheim-2026");
        }

        var entries = await EntriesAsync(q => q.Where(a => a.EntityId == user.Id.ToString()));
        Assert.Contains(entries, a => a.Action == AuditActions.EntityModified && a.Details!.Contains("PasswordHash", StringComparison.Ordinal));
        var all = await EntriesAsync(q => q);
        Assert.DoesNotContain(all, a => (a.Details ?? "").Contains("Een-ander-geheim-2026", StringComparison.Ordinal)
            || (a.Details ?? "").Contains(TestWorld.Password, StringComparison.Ordinal)
            || (a.Details ?? "").Contains("AQAAAA", StringComparison.Ordinal)); // Identity v3 hashes start with this
    }

    [Fact]
    public async Task MunicipalityAdminsSeeOnlyTheirOwnMunicipalitysAuditEntries()
    {
        var home = fixture.World.Home.Id;
        var homeAdmin = await fixture.ClientAsync(Principal.MunicipalityAdmin);
        var foreignAdmin = await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var platformAdmin = await fixture.ClientAsync(Principal.PlatformAdmin);

        var own = await homeAdmin.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=200");
        var foreignAskingForHome = await foreignAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?municipalityId={home}&pageSize=200");
        var platform = await platformAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?municipalityId={home}&pageSize=200");
        var filtered = await homeAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action={AuditActions.EntityAdded}&pageSize=200");

        var ownItems = own.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(ownItems);
        Assert.All(ownItems, i => Assert.Equal(home, i.GetProperty("municipalityId").GetGuid()));
        Assert.Equal(0, foreignAskingForHome.GetProperty("total").GetInt32());
        Assert.True(platform.GetProperty("total").GetInt32() >= ownItems.Count);
        Assert.All(filtered.GetProperty("items").EnumerateArray(), i => Assert.Equal(AuditActions.EntityAdded, i.GetProperty("action").GetString()));
    }
}

public sealed class SqliteAuditTests(SqliteAppFixture fixture) : AuditTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAuditTests(PostgresAppFixture fixture) : AuditTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
