using System.Net;
using System.Text.RegularExpressions;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Runs on SQLite always and on PostgreSQL when SAMENSPRAAK_TEST_POSTGRES is set (required in CI).</summary>
public abstract partial class AccountPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task WrongCurrentPasswordIsRefusedInDutch()
    {
        var client = await app.ClientAsync(Principal.Staff);

        var response = await PageForm.SubmitAsync(client, "/account", "value=\"wachtwoord\"",
        [
            new("Input.CurrentPassword", "dit-is-het-niet"), new("Input.NewPassword", "een lange nieuwe zin"), new("Input.ConfirmPassword", "een lange nieuwe zin"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Uw huidige wachtwoord klopt niet.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortAndDifferentNewPasswordsAreExplained()
    {
        var client = await app.ClientAsync(Principal.Staff);

        var response = await PageForm.SubmitAsync(client, "/account", "value=\"wachtwoord\"",
            [new("Input.CurrentPassword", TestWorld.Password), new("Input.NewPassword", "kort"), new("Input.ConfirmPassword", "anders")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nieuw wachtwoord moet minstens 12 tekens lang zijn.", html, StringComparison.Ordinal);
        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactorSetUpThenLogInWithCodeAndWithRecoveryCode()
    {
        var client = await app.LogInAsync(Principal.Moderator);
        var account = await PageForm.HtmlAsync(client, "/account");
        var key = SharedKey().Match(account).Groups[1].Value;
        Assert.Contains("otpauth://totp/Samenspraak%3Amoderator%40test.samenspraak.local?secret=", account, StringComparison.Ordinal);

        var wrong = await PageForm.SubmitAsync(client, "/account", "value=\"tweestaps-aan\"", [new("Input.Code", "000000")]);
        Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enabled = await PageForm.SubmitAsync(client, "/account", "value=\"tweestaps-aan\"", [new("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var codesPage = await enabled.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = RecoveryCode().Matches(codesPage).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);

        // Password alone is no longer enough.
        var browser = app.Factory.CreateBrowserClient();
        var first = await LoginForm.PostAsync(browser, TestWorld.EmailOf(Principal.Moderator), TestWorld.Password);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        var secondStep = PageForm.Location(first)!;
        Assert.StartsWith("/inloggen/tweestaps", secondStep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/account")).StatusCode);

        var withRecovery = await PageForm.SubmitAsync(browser, secondStep, "value=\"herstelcode\"", [new("Recovery.RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.Found, withRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        // A used recovery code does not work twice.
        var again = app.Factory.CreateBrowserClient();
        var step = PageForm.Location(await LoginForm.PostAsync(again, TestWorld.EmailOf(Principal.Moderator), TestWorld.Password))!;
        var reused = await PageForm.SubmitAsync(again, step, "value=\"herstelcode\"", [new("Recovery.RecoveryCode", codes[0])]);
        Assert.Contains("Deze herstelcode klopt niet of werd al gebruikt.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStepWithoutPasswordSendsBackToLogIn()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await client.GetAsync("/inloggen/tweestaps");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/inloggen", PageForm.Location(response));
    }

    [GeneratedRegex("<code id=\"gedeelde-sleutel\" class=\"secret\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"<li>([0-9A-Z]{5}-[0-9A-Z]{5})</li>", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveryCode();
}

public sealed class AccountPageTestsOnSqlite(SqliteAppFixture app) : AccountPageTests<SqliteAppFixture>(app);

public sealed class AccountPageTestsOnPostgres(PostgresAppFixture app) : AccountPageTests<PostgresAppFixture>(app);
