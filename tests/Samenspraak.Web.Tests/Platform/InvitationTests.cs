using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>The application with SMTP pointed at a real listener on 127.0.0.1 instead of the pickup folder.</summary>
public sealed class SmtpAppFixture : SqliteAppFixture
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:UseStartTls"] = "false";
        settings["Mail:PickupDirectory"] = "";
        settings["Mail:From"] = "Samenspraak Test <noreply@test.samenspraak.local>";
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed partial class InvitationTests(SmtpAppFixture app) : IClassFixture<SmtpAppFixture>
{
    [Fact]
    public async Task MailServiceDeliversOverSmtp()
    {
        var mail = app.Services.GetRequiredService<IMailService>();

        await mail.SendAsync("ontvanger@test.samenspraak.local", "Proefbericht", "<p>Hallo</p>", "Hallo", TestContext.Current.CancellationToken);

        var received = (await app.Smtp.WaitForAsync("ontvanger@test.samenspraak.local")).Parse();
        Assert.Equal("Proefbericht", received.Subject);
        Assert.Equal("noreply@test.samenspraak.local", received.From.Mailboxes.Single().Address);
        Assert.Contains("Hallo", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Hallo</p>", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationMailArrivesAndItsLinkLetsTheInviteeChooseAPassword()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        const string email = "nieuwe.medewerker@test.samenspraak.local";

        var invite = await admin.PostAsJsonAsync("/api/v1/users/invitations",
            new { email, displayName = "Nieuwe Medewerker", role = Roles.Staff });

        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        var mail = (await app.Smtp.WaitForAsync(email)).Parse();
        Assert.Equal("Uitnodiging voor Samenspraak", mail.Subject);
        var link = InvitationLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, "The invitation mail contains no /uitnodiging link: " + mail.TextBody);
        var userId = Guid.Parse(link.Groups["user"].Value);
        var token = Uri.UnescapeDataString(link.Groups["token"].Value);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.SingleAsync(u => u.Id == userId);
            Assert.Equal(email, user.Email);
            Assert.Equal(app.World.Home.Id, user.MunicipalityId);
            Assert.Null(user.PasswordHash);
        }

        // The link opens the page where the password is chosen.
        var page = await app.Factory.CreateBrowserClient().GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<IInvitationService>();
            var accepted = await invitations.AcceptAsync(userId, token, "Een-nieuw-wachtwoord-42", TestContext.Current.CancellationToken);
            Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors));
            var again = await invitations.AcceptAsync(userId, token, "Nog-een-wachtwoord-42", TestContext.Current.CancellationToken);
            Assert.False(again.Succeeded);
        }

        await LoginForm.LogInAsync(app.Factory.CreateBrowserClient(), email, "Een-nieuw-wachtwoord-42");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
                .Where(a => a.EntityId == userId.ToString()).Select(a => a.Action).ToListAsync();
            Assert.Contains(AuditActions.InvitationSent, actions);
            Assert.Contains(AuditActions.InvitationAccepted, actions);
            Assert.Contains(AuditActions.LoginSucceeded, actions);
        }
    }

    [Fact]
    public async Task AnAddressWithAccentedLettersCanBeInvited()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        const string email = "zoë.désirée@test.samenspraak.local";

        var invite = await admin.PostAsJsonAsync("/api/v1/users/invitations",
            new { email, displayName = "Zoë Désirée", role = Roles.Staff });

        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        var mail = (await app.Smtp.WaitForAsync(email)).Parse();
        Assert.Contains(mail.To.Mailboxes, m => m.Address == email);
    }

    [Fact]
    public async Task AnInvitationWithAForgedTokenIsRefused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<IInvitationService>();
        var users = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var created = await users.CreateUserAsync("vervalst@test.samenspraak.local", "Vervalst", app.World.Home.Id, Roles.Staff, TestWorld.Password);

        var result = await invitations.AcceptAsync(created.User.Id, "geen-echt-token", "Wat-dan-ook-12345", TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task AMunicipalityAdminCannotInviteIntoAnotherMunicipalityOrAPlatformAdmin()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);

        var foreign = await admin.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "x1@test.samenspraak.local", displayName = "X", role = Roles.Staff, municipalityId = app.World.Foreign.Id });
        var platform = await admin.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "x2@test.samenspraak.local", displayName = "X", role = Roles.PlatformAdmin });

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, platform.StatusCode);
        Assert.Contains("uitnodigen", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Smtp.Messages, m => m.Recipients.Contains("x1@test.samenspraak.local"));
    }

    [GeneratedRegex(@"https?://\S+/uitnodiging\?user=(?<user>[0-9a-fA-F-]{36})&token=(?<token>[^\s&]+)")]
    private static partial Regex InvitationLink();
}
