using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests;

/// <summary>
/// A platform admin's first Monday morning, in a real Chromium against the real application on Kestrel:
/// log in with the password printed on the first run, switch language, invite a colleague, find the invitation
/// in the audit log, and log out. The invitee then accepts the invitation from the e-mail. Screenshots are saved
/// under tests/Samenspraak.EndToEnd.Tests/TestResults/screenshots.
/// </summary>
public sealed class PlatformJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task AdminLogsInSwitchesLanguageInvitesAColleagueSeesTheAuditEntryAndLogsOut()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var (adminEmail, adminPassword) = FirstRunBanner.Admin(app.Output);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        // The start page is Dutch and offers a way in.
        await page.GotoAsync("/");
        Assert.StartsWith("nl", await page.GetAttributeAsync("html", "lang"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("a.skip-link").CountAsync());
        await Shot(page, "01-start");

        // Wrong credentials: a clear Dutch message, the e-mail address kept.
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(adminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-juiste-wachtwoord");
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("#foutenoverzicht")).ToContainTextAsync("klopt niet");
        Assert.Equal(adminEmail, await page.GetByLabel("E-mailadres").InputValueAsync());
        await Shot(page, "02-verkeerd-wachtwoord");

        // The printed password works.
        await page.GetByLabel("Wachtwoord").FillAsync(adminPassword);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
        await Shot(page, "03-ingelogd");

        // Switch to English and back; the choice sticks across pages.
        await page.Locator("button#taal-en").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^en"));
        await page.GotoAsync("/beheer/gebruikers");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^en"));
        await Shot(page, "04-english");
        await page.Locator("button#taal-nl").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("^nl"));

        // Invite a colleague of the demo municipality.
        var invitee = $"an.peeters.{Guid.NewGuid():N}@demostad.be";
        await page.GotoAsync("/beheer/gebruikers/uitnodigen");
        await page.Locator("#email").FillAsync(invitee);
        await page.Locator("#display-name").FillAsync("An Peeters");
        await page.Locator("#role").SelectOptionAsync("Medewerker");
        await page.Locator("#municipality-id").SelectOptionAsync(new SelectOptionValue { Label = "Demostad (demo)" });
        await Shot(page, "05-uitnodigen");
        await page.Locator("button#uitnodiging-versturen").ClickAsync();
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync(invitee);
        await Shot(page, "06-uitnodiging-verstuurd");

        // The audit log shows the invitation, by whom.
        await page.GotoAsync("/beheer/audit?actie=invitation.sent");
        var row = page.Locator("table#auditlog tr.audit-entry").Filter(new LocatorFilterOptions { HasText = "invitation.sent" }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync(adminEmail);
        await Assertions.Expect(page.Locator("table#auditlog caption")).ToContainTextAsync("1 regel,");
        await Shot(page, "07-audit");

        // Log out: the admin pages are closed again.
        await page.Locator("form#uitloggen button").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToHaveCountAsync(0);
        await page.GotoAsync("/beheer/gebruikers");
        Assert.Contains("/inloggen", page.Url, StringComparison.Ordinal);
        await Shot(page, "08-uitgelogd");

        // The invitee follows the link in the e-mail, sets a password and is in.
        var mail = await MailPickup.WaitForMailToAsync(app.MailDirectory, invitee, ct);
        var link = MailPickup.LinkTo(mail, "/uitnodiging");
        var inviteePage = await browser.NewPageAsync(app.BaseUrl);
        await inviteePage.GotoAsync(link);
        const string newPassword = "Een-lang-en-sterk-wachtwoord-2026";
        await inviteePage.Locator("#new-password").FillAsync(newPassword);
        await inviteePage.Locator("#confirm-password").FillAsync(newPassword);
        await Shot(inviteePage, "09-uitnodiging-aanvaarden");
        await inviteePage.Locator("button#uitnodiging-aanvaarden").ClickAsync();
        await Assertions.Expect(inviteePage.Locator("#foutenoverzicht")).ToHaveCountAsync(0);
        await inviteePage.GotoAsync("/inloggen");
        await inviteePage.GetByLabel("E-mailadres").FillAsync(invitee);
        await inviteePage.GetByLabel("Wachtwoord").FillAsync(newPassword);
        await inviteePage.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(inviteePage.Locator("form#uitloggen")).ToBeVisibleAsync();
        await Shot(inviteePage, "10-collega-ingelogd");
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
}
