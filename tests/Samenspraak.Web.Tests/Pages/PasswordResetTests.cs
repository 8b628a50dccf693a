using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

public sealed partial class PasswordResetTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task KnownAndUnknownAddressesGetTheSameAnswer()
    {
        var client = app.Factory.CreateBrowserClient();

        var unknown = await PageForm.FollowAsync(client, await RequestAsync(client, "onbekend@nergens.be"));
        var known = await PageForm.FollowAsync(client, await RequestAsync(client, TestWorld.EmailOf(Principal.Partner)));

        Assert.Contains("Als er een account bestaat voor onbekend@nergens.be", unknown, StringComparison.Ordinal);
        Assert.Contains($"Als er een account bestaat voor {TestWorld.EmailOf(Principal.Partner)}", known, StringComparison.Ordinal);
        Assert.DoesNotContain(Mails(), m => m.To.ToString().Contains("onbekend@nergens.be", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MailedLinkSetsANewPassword()
    {
        var client = app.Factory.CreateBrowserClient();
        var email = TestWorld.EmailOf(Principal.Expert);
        await RequestAsync(client, email);
        var mail = Assert.Single(Mails(), m => m.To.ToString().Contains(email, StringComparison.Ordinal));
        var link = new Uri(Link().Match(mail.TextBody ?? "").Value);

        var mismatch = await PageForm.SubmitAsync(client, link.PathAndQuery, "value=\"wachtwoord-herstellen\"",
            [new("Input.NewPassword", "een heel nieuw wachtwoord"), new("Input.ConfirmPassword", "iets anders")]);
        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reset = await PageForm.SubmitAsync(client, link.PathAndQuery, "value=\"wachtwoord-herstellen\"",
            [new("Input.NewPassword", "een heel nieuw wachtwoord"), new("Input.ConfirmPassword", "een heel nieuw wachtwoord")]);
        Assert.Equal("/inloggen", PageForm.Location(reset));

        await LoginForm.LogInAsync(app.Factory.CreateBrowserClient(), email, "een heel nieuw wachtwoord");
    }

    [Fact]
    public async Task TamperedLinkIsRefused()
    {
        var client = app.Factory.CreateBrowserClient();
        var path = $"/wachtwoord-herstellen?user={app.World[Principal.Staff].Id}&code=bm90LWEtdG9rZW4";

        var response = await PageForm.SubmitAsync(client, path, "value=\"wachtwoord-herstellen\"",
            [new("Input.NewPassword", "een heel nieuw wachtwoord"), new("Input.ConfirmPassword", "een heel nieuw wachtwoord")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze link is ongeldig of verlopen.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, string email) =>
        PageForm.SubmitAsync(client, "/wachtwoord-vergeten", "value=\"wachtwoord-vergeten\"", [new("Input.Email", email)]);

    private List<MimeMessage> Mails() =>
        Directory.Exists(app.Factory.MailFolder)
            ? Directory.EnumerateFiles(app.Factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];

    [GeneratedRegex(@"https?://\S+/wachtwoord-herstellen\?\S+")]
    private static partial Regex Link();
}
