using System.Net;
using System.Text.RegularExpressions;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Runs on SQLite always and on PostgreSQL when SAMENSPRAAK_TEST_POSTGRES is set (required in CI).</summary>
public abstract partial class AuditPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task FilterOnActionShowsOnlyThatAction()
    {
        await app.ClientAsync(Principal.Staff); // a log-in to find
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var html = await PageForm.HtmlAsync(client, "/beheer/audit?actie=login.success");

        var actions = RowAction().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("login.success", a));
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"login.success\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterOnUserAndPeriod()
    {
        await app.ClientAsync(Principal.Moderator);
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var byUser = await PageForm.HtmlAsync(client, "/beheer/audit?gebruiker=MODERATOR@test");
        Assert.NotEmpty(RowAction().Matches(byUser));
        Assert.DoesNotContain(TestWorld.EmailOf(Principal.Staff), byUser, StringComparison.Ordinal);

        var longAgo = await PageForm.HtmlAsync(client, "/beheer/audit?van=2001-01-01&tot=2001-01-31");
        Assert.Empty(RowAction().Matches(longAgo));
        Assert.Contains("Geen regels gevonden", longAgo, StringComparison.Ordinal);

        // The filter works in Belgian calendar days.
        var today = Samenspraak.Web.Shell.BelgianTime.ToLocal(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var now = await PageForm.HtmlAsync(client, $"/beheer/audit?van={today}&tot={today}");
        Assert.NotEmpty(RowAction().Matches(now));
    }

    [Fact]
    public async Task MunicipalityAdminSeesOnlyTheirMunicipality()
    {
        await app.ClientAsync(Principal.ForeignMunicipalityAdmin); // writes a log-in in the foreign municipality
        await app.ClientAsync(Principal.Partner);
        var client = await app.ClientAsync(Principal.MunicipalityAdmin);

        var foreign = await PageForm.HtmlAsync(client, "/beheer/audit?gebruiker=foreignmunicipalityadmin");
        var home = await PageForm.HtmlAsync(client, "/beheer/audit?gebruiker=partner@test");

        Assert.Empty(RowAction().Matches(foreign));
        Assert.NotEmpty(RowAction().Matches(home));
        Assert.DoesNotContain("id=\"gemeente\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffHasNoAccess()
    {
        var client = await app.ClientAsync(Principal.Staff);

        var response = await client.GetAsync("/beheer/audit");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [GeneratedRegex("<tr class=\"audit-entry\" data-action=\"([^\"]+)\"")]
    private static partial Regex RowAction();
}

public sealed class AuditPageTestsOnSqlite(SqliteAppFixture app) : AuditPageTests<SqliteAppFixture>(app);

public sealed class AuditPageTestsOnPostgres(PostgresAppFixture app) : AuditPageTests<PostgresAppFixture>(app);
