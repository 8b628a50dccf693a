using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Runs on SQLite always and on PostgreSQL when SAMENSPRAAK_TEST_POSTGRES is set (required in CI).</summary>
public abstract class UserAdminPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task MunicipalityAdminListsOnlyTheirOwnMunicipality()
    {
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);

        var html = await PageForm.HtmlAsync(client, "/beheer/gebruikers");

        Assert.Contains(TestWorld.EmailOf(Principal.Staff), html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestWorld.EmailOf(Principal.ForeignMunicipalityAdmin), html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestWorld.EmailOf(Principal.PlatformAdmin), html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForeignUserAnswers404AndCannotBeChanged()
    {
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);
        var foreign = app.World[Principal.ForeignMunicipalityAdmin];

        var page = await client.GetAsync($"/beheer/gebruikers/{foreign.Id}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Pagina niet gevonden", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A forged post (with a valid token from one of the admin's own pages) changes nothing either.
        var own = await PageForm.HtmlAsync(client, $"/beheer/gebruikers/{app.World[Principal.Partner].Id}");
        var token = System.Text.RegularExpressions.Regex.Match(own, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = await client.PostAsync($"/beheer/gebruikers/{foreign.Id}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("_handler", "deactiveren")]));
        Assert.NotEqual(HttpStatusCode.Found, post.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True((await db.Users.AsNoTracking().SingleAsync(u => u.Id == foreign.Id)).IsActive);
    }

    [Fact]
    public async Task PlatformAdminSeesEveryMunicipality()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var html = await PageForm.HtmlAsync(client, "/beheer/gebruikers");

        Assert.Contains(TestWorld.EmailOf(Principal.ForeignMunicipalityAdmin), html, StringComparison.Ordinal);
        Assert.Contains(TestWorld.EmailOf(Principal.Staff), html, StringComparison.Ordinal);
        var filtered = await PageForm.HtmlAsync(client, $"/beheer/gebruikers?gemeente={app.World.Foreign.Id}");
        Assert.DoesNotContain(TestWorld.EmailOf(Principal.Staff), filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesChangeAndAreAudited()
    {
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);
        var citizen = app.World[Principal.Citizen];

        var response = await PageForm.SubmitAsync(client, $"/beheer/gebruikers/{citizen.Id}", "id=\"rollen\"",
            [new("rol", "Burger"), new("rol", "Partner"), new("rol", "Platformbeheerder")]);

        var page = await PageForm.FollowAsync(client, response);
        Assert.Contains("De rollen van Citizen zijn opgeslagen.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"rol-Partner\" name=\"rol\" value=\"Partner\" checked", page, StringComparison.Ordinal);
        // A municipality admin cannot hand out the platform role, even by forging the form.
        Assert.DoesNotContain("rol-Platformbeheerder", page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == citizen.Id select r.Name).ToListAsync();
        Assert.Equal(["Burger", "Partner"], roles.Order(StringComparer.Ordinal));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.RoleChanged && a.EntityId == citizen.Id.ToString()));
    }

    [Fact]
    public async Task InvitationIsSentAndConfirmedInDutch()
    {
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/gebruikers/uitnodigen", "id=\"uitnodigen\"",
            [new("Input.Email", "nieuwe.collega@teststad.be"), new("Input.DisplayName", "Nieuwe Collega"), new("Input.Role", "Medewerker")]);

        var list = await PageForm.FollowAsync(client, response);
        Assert.Contains("Uitnodiging verstuurd naar nieuwe.collega@teststad.be.", list, StringComparison.Ordinal);
        Assert.Contains("Nieuwe Collega", list, StringComparison.Ordinal);
        Assert.Contains("Uitgenodigd", list, StringComparison.Ordinal);
        Assert.Contains(Directory.EnumerateFiles(app.Factory.MailFolder, "*.eml"),
            f => File.ReadAllText(f).Contains("nieuwe.collega@teststad.be", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InviteFormWithoutRoleShowsDutchError()
    {
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/gebruikers/uitnodigen", "id=\"uitnodigen\"",
            [new("Input.Email", "geen-at-teken"), new("Input.DisplayName", "X"), new("Input.Role", "")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mailadres is geen geldig e-mailadres.", html, StringComparison.Ordinal);
        Assert.Contains("Rol is verplicht.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedUserCannotLogIn()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var official = app.World[Principal.Official];

        var response = await PageForm.SubmitAsync(admin, $"/beheer/gebruikers/{official.Id}", "value=\"deactiveren\"", []);
        var page = await PageForm.FollowAsync(admin, response);
        Assert.Contains("Official is gedeactiveerd", page, StringComparison.Ordinal);

        var login = await LoginForm.PostAsync(app.Factory.CreateBrowserClient(), TestWorld.EmailOf(Principal.Official), TestWorld.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Dit account is niet actief.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffCannotOpenUserManagement()
    {
        var client = await app.ClientAsync(Principal.Staff);

        var response = await client.GetAsync("/beheer/gebruikers");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class UserAdminPageTestsOnSqlite(SqliteAppFixture app) : UserAdminPageTests<SqliteAppFixture>(app);

public sealed class UserAdminPageTestsOnPostgres(PostgresAppFixture app) : UserAdminPageTests<PostgresAppFixture>(app);
