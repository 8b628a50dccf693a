using System.Net;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Own fixture: locking an account out must not disturb other test classes.</summary>
public sealed class LockoutTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task FifthWrongPasswordLocksTheAccountAndSaysWhenToRetry()
    {
        var client = app.Factory.CreateBrowserClient();
        var email = TestWorld.EmailOf(Principal.Expert);
        string html = "";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await PageForm.SubmitAsync(client, "/inloggen", "id=\"inlogformulier\"",
                [new("Input.Email", email), new("Input.Password", "fout-wachtwoord-" + attempt)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("tijdelijk geblokkeerd", html, StringComparison.Ordinal);
        Assert.Matches(@"Probeer het over 1[45] minuten opnieuw \(na \d\d:\d\d\)", html);

        // Even the right password does not get in while the lockout lasts.
        var right = await PageForm.SubmitAsync(client, "/inloggen", "id=\"inlogformulier\"",
            [new("Input.Email", email), new("Input.Password", TestWorld.Password)]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
