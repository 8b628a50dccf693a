using System.Net;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Runs on SQLite always and on PostgreSQL when SAMENSPRAAK_TEST_POSTGRES is set (required in CI).</summary>
public abstract class LogInPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly string WrongCredentials = "Het e-mailadres of het wachtwoord klopt niet.";

    [Fact]
    public async Task LogInPageIsDutchWithLabelledInputs()
    {
        var client = app.Factory.CreateBrowserClient();
        var html = await PageForm.HtmlAsync(client, "/inloggen");

        Assert.Contains("<html lang=\"nl-BE\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mailadres</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Wachtwoord</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"email\" type=\"email\"", html, StringComparison.Ordinal);
        Assert.Contains(">Inloggen</button>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#inhoud\"", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1"));
    }

    [Fact]
    public async Task WrongPasswordAndUnknownAccountGetTheSameDutchMessage()
    {
        var client = app.Factory.CreateBrowserClient();

        var wrongPassword = await PageForm.SubmitAsync(client, "/inloggen", "id=\"inlogformulier\"",
            [new("Input.Email", TestWorld.EmailOf(Principal.Partner)), new("Input.Password", "niet-het-juiste-wachtwoord")]);
        var unknown = await PageForm.SubmitAsync(client, "/inloggen", "id=\"inlogformulier\"",
            [new("Input.Email", "niemand@nergens.be"), new("Input.Password", "niet-het-juiste-wachtwoord")]);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var first = await wrongPassword.Content.ReadAsStringAsync();
        var second = await unknown.Content.ReadAsStringAsync();
        Assert.Contains(WrongCredentials, first, StringComparison.Ordinal);
        Assert.Contains(WrongCredentials, second, StringComparison.Ordinal);
        // What was typed stays in the form.
        Assert.Contains("value=\"niemand@nergens.be\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFormShowsDutchMessagesLinkedToTheFields()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await PageForm.SubmitAsync(client, "/inloggen", "id=\"inlogformulier\"",
            [new("Input.Email", ""), new("Input.Password", "")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Controleer het formulier", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">E-mailadres is verplicht.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#password\">Wachtwoord is verplicht.</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogInThenLogOut()
    {
        var client = await app.LogInAsync(Principal.Staff);

        var home = await PageForm.HtmlAsync(client, "/");
        Assert.Contains("Welkom, Staff", home, StringComparison.Ordinal);
        Assert.Contains("Teststad", home, StringComparison.Ordinal);

        var logout = await PageForm.SubmitAsync(client, "/", "id=\"uitloggen\"", []);
        var after = await PageForm.FollowAsync(client, logout);
        Assert.Contains("U bent uitgelogd", after, StringComparison.Ordinal);

        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Found, account.StatusCode);
        Assert.StartsWith("/inloggen", account.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnUrlIsFollowedOnlyWhenLocal()
    {
        var client = app.Factory.CreateBrowserClient();
        var local = await PageForm.SubmitAsync(client, "/inloggen?ReturnUrl=%2Faccount", "id=\"inlogformulier\"",
            [new("Input.Email", TestWorld.EmailOf(Principal.Moderator)), new("Input.Password", TestWorld.Password)]);
        Assert.Equal("/account", PageForm.Location(local));

        var other = app.Factory.CreateBrowserClient();
        var external = await PageForm.SubmitAsync(other, "/inloggen?ReturnUrl=https%3A%2F%2Fevil.example", "id=\"inlogformulier\"",
            [new("Input.Email", TestWorld.EmailOf(Principal.Moderator)), new("Input.Password", TestWorld.Password)]);
        Assert.Equal("/", PageForm.Location(external));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejected()
    {
        var client = app.Factory.CreateBrowserClient();
        await client.GetAsync("/inloggen"); // has the antiforgery cookie, but the form field is missing

        var login = await client.PostAsync("/inloggen", new FormUrlEncodedContent(
        [
            new("_handler", "inloggen"),
            new("Input.Email", TestWorld.EmailOf(Principal.Staff)),
            new("Input.Password", TestWorld.Password),
        ]));
        var culture = await client.PostAsync("/taal", new FormUrlEncodedContent([new("culture", "en"), new("returnUrl", "/")]));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        Assert.DoesNotContain(login.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("samenspraak.auth", StringComparison.Ordinal)));
    }
}

public sealed class LogInPageTestsOnSqlite(SqliteAppFixture app) : LogInPageTests<SqliteAppFixture>(app);

public sealed class LogInPageTestsOnPostgres(PostgresAppFixture app) : LogInPageTests<PostgresAppFixture>(app);
