using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

public sealed class LanguageSwitchTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task AnonymousSwitchToEnglishAndBack()
    {
        var client = app.Factory.CreateBrowserClient();

        var toEnglish = await PageForm.SubmitAsync(client, "/inloggen", "id=\"taalkeuze\"", [new("culture", "en")]);
        Assert.Equal("/inloggen", PageForm.Location(toEnglish));
        var english = await PageForm.HtmlAsync(client, "/inloggen");
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mail address</label>", english, StringComparison.Ordinal);
        Assert.Contains("id=\"taal-en\" type=\"submit\" name=\"culture\" value=\"en\" lang=\"en\" aria-pressed=\"true\"", english, StringComparison.Ordinal);

        await PageForm.SubmitAsync(client, "/inloggen", "id=\"taalkeuze\"", [new("culture", "nl-BE")]);
        var dutch = await PageForm.HtmlAsync(client, "/inloggen");
        Assert.Contains("<html lang=\"nl-BE\"", dutch, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mailadres</label>", dutch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoiceIsStoredOnTheAccountAndFollowsTheUserToANewBrowser()
    {
        var first = await app.LogInAsync(Principal.Official);
        await PageForm.SubmitAsync(first, "/account", "id=\"taalkeuze\"", [new("culture", "en")]);
        Assert.Contains("<h1>My account</h1>", await PageForm.HtmlAsync(first, "/account"), StringComparison.Ordinal);
        Assert.Equal("en", await PreferredCultureAsync(Principal.Official));

        // Another browser has no culture cookie: logging in applies the stored preference.
        var second = await app.LogInAsync(Principal.Official);
        Assert.Contains("<html lang=\"en\"", await PageForm.HtmlAsync(second, "/"), StringComparison.Ordinal);

        await PageForm.SubmitAsync(second, "/account", "id=\"taalkeuze\"", [new("culture", "nl-BE")]);
        Assert.Contains("<h1>Mijn account</h1>", await PageForm.HtmlAsync(second, "/account"), StringComparison.Ordinal);
        Assert.Equal("nl-BE", await PreferredCultureAsync(Principal.Official));
    }

    [Fact]
    public async Task UnsupportedCultureAndForeignReturnUrlAreRefused()
    {
        var client = app.Factory.CreateBrowserClient();
        var unsupported = await PageForm.SubmitAsync(client, "/", "id=\"taalkeuze\"", [new("culture", "fr")]);
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);

        var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var foreign = await client.PostAsync("/taal", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("culture", "en"), new("returnUrl", "//evil.example/")]));
        Assert.Equal("/", PageForm.Location(foreign));
    }

    private async Task<string?> PreferredCultureAsync(Principal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(TestWorld.EmailOf(principal)))?.PreferredCulture;
    }
}
