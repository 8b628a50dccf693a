using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

public sealed partial class InvitationPageTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task InviteeChoosesAPasswordAndLogsIn()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        const string email = "zoe.desmet@teststad.be";
        var invite = await PageForm.SubmitAsync(admin, "/beheer/gebruikers/uitnodigen", "id=\"uitnodigen\"",
            [new("Input.Email", email), new("Input.DisplayName", "Zoë De Smet"), new("Input.Role", "Medewerker")]);
        Assert.Contains($"Uitnodiging verstuurd naar {email}.", await PageForm.FollowAsync(admin, invite), StringComparison.Ordinal);

        var mail = Directory.EnumerateFiles(app.Factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        var link = new Uri(InvitationLink().Match(mail.TextBody ?? "").Value);
        var invitee = app.Factory.CreateBrowserClient();

        var tooShort = await PageForm.SubmitAsync(invitee, link.PathAndQuery, "value=\"uitnodiging\"",
            [new("Input.NewPassword", "kort"), new("Input.ConfirmPassword", "kort")]);
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("Nieuw wachtwoord moet minstens 12 tekens lang zijn.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var accepted = await PageForm.SubmitAsync(invitee, link.PathAndQuery, "value=\"uitnodiging\"",
            [new("Input.NewPassword", "fietsen langs de schelde"), new("Input.ConfirmPassword", "fietsen langs de schelde")]);
        Assert.Contains("Uw account is klaar.", await PageForm.FollowAsync(invitee, accepted), StringComparison.Ordinal);

        await LoginForm.LogInAsync(invitee, email, "fietsen langs de schelde");
        Assert.Contains("Welkom, Zoë De Smet", PageForm.Text(await PageForm.HtmlAsync(invitee, "/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkWithoutTokenExplainsWhatToDo()
    {
        var html = await PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), "/uitnodiging");

        Assert.Contains("Deze uitnodigingslink is ongeldig of verlopen.", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/uitnodiging\?\S+")]
    private static partial Regex InvitationLink();
}
