using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.EndToEnd.Tests.Monitoring.Journey;

/// <summary>
/// The Gemeentebeheerder of the demo municipality in a real Chromium, against the real app (fresh SQLite, demo
/// data, mail in the pickup folder): creates an upload channel and an alert rule on it, uploads a CSV (column
/// mapping, preview with the validation report, progress to the end), reviews a hateful message of the upload in
/// Signalen, opens the theme that the upload formed, and finds the alert in Meldingen and in the mailbox. No test
/// data is written behind the app's back: everything goes through the pages and the app's own background jobs.
/// Screenshots under TestResults/screenshots (monitoring-*.png).
/// </summary>
public sealed partial class MonitoringJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    /// <summary>Only stops a broken background job from hanging the run; no duration is asserted.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const string ChannelName = "Facebookpagina Kerkstraat (e2e)";
    private const string RuleName = "Haatspraak op Facebook Kerkstraat";
    private static readonly string AlertAddress = $"meldingen-e2e@{DemoData.DemoMailDomain}";

    [Fact]
    public async Task AdminUploadsReviewsOpensAThemeAndReceivesAnAlert()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        // A generous start: the first run migrates, seeds the demo and analyses it, on a machine that may be busy.
        await using var app = await AppProcess.StartAsync(new AppProcessOptions { StartPatience = TimeSpan.FromMinutes(6) }, ct);
        var password = DemoPassword().Match(app.Output) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(app.Output);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync($"beheerder@{DemoData.DemoMailDomain}");
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();

        // Kanalen: a new channel for a Facebook export.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kanalen", Exact = true }).First.ClickAsync();
        await page.Locator("a#kanaal-nieuw").ClickAsync();
        await page.Locator("#name").FillAsync(ChannelName);
        await page.Locator("#type").SelectOptionAsync("FacebookExport");
        await Shot(page, "monitoring-01-kanaal-nieuw");
        await page.Locator("button#kanaal-toevoegen").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kanalen/[0-9a-f-]{36}$"));
        var channelUrl = page.Url;

        // Meldingen: a rule for hate speech on that channel, mailed at once.
        await page.GetByRole(AriaRole.Link, new() { Name = "Meldingen", Exact = true }).First.ClickAsync();
        await page.Locator("#name").FillAsync(RuleName);
        await page.Locator("#regel-soort").SelectOptionAsync("Signal");
        await page.Locator("#regel-signaal").SelectOptionAsync("Hate");
        await page.Locator("#regel-kanaal").SelectOptionAsync(new SelectOptionValue { Label = ChannelName });
        await page.Locator("#threshold").FillAsync("1");
        await page.Locator("#window-hours").FillAsync("24");
        await page.Locator("#email").FillAsync(AlertAddress);
        await Shot(page, "monitoring-02-regel-nieuw");
        await page.Locator("button#regel-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("table#meldingsregels")).ToContainTextAsync(RuleName);

        // Upload: choose the file, map the columns, read the validation report, start.
        await page.GotoAsync(channelUrl);
        await page.Locator("a#kanaal-opladen").ClickAsync();
        await page.Locator("input#bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "reacties-kerkstraat.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(UploadFile.Csv(DateTimeOffset.UtcNow)),
        });
        await Shot(page, "monitoring-03-opladen");
        await page.Locator("button#opladen-knop").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/importen/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#kolom-text")).ToHaveValueAsync("tekst");
        await Assertions.Expect(page.Locator("#kolom-author")).ToHaveValueAsync("auteur");
        await Assertions.Expect(page.Locator("#kolom-date")).ToHaveValueAsync("datum");
        await Assertions.Expect(page.Locator("#kolom-id")).ToHaveValueAsync("id");
        await page.Locator("button#import-voorbeeld").ClickAsync();
        await Assertions.Expect(page.Locator("table#import-voorbeeld-tabel tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#import-controle")).ToContainTextAsync("36");
        await Assertions.Expect(page.Locator("#import-problemen")).ToContainTextAsync(UploadFile.RaggedReason);
        await Assertions.Expect(page.Locator("#import-problemen")).ToContainTextAsync(UploadFile.EmptyTextReason);
        await Shot(page, "monitoring-04-koppeling");
        await page.Locator("button#import-starten").ClickAsync();

        // Progress: the bar is on the page, which refreshes itself until the import is done.
        await Assertions.Expect(page.Locator("progress#import-voortgang")).ToBeVisibleAsync();
        await Shot(page, "monitoring-05-voortgang");
        await Assertions.Expect(page.Locator("#import-status")).ToHaveTextAsync("klaar", new() { Timeout = (float)Patience.TotalMilliseconds });
        await Assertions.Expect(page.Locator("progress#import-voortgang")).ToHaveAttributeAsync("value", "100");
        await Assertions.Expect(page.Locator("#import-nieuw")).ToHaveTextAsync("36");
        await Assertions.Expect(page.Locator("#import-overgeslagen")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("table#overgeslagen-rijen")).ToContainTextAsync(UploadFile.RaggedReason);
        await Assertions.Expect(page.Locator("table#overgeslagen-rijen")).ToContainTextAsync(UploadFile.EmptyTextReason);
        await Shot(page, "monitoring-06-import-klaar");

        // Kanalen counts the 36 stored messages of the channel (kept by the database, ADR 008); then back to the report.
        var importUrl = page.Url;
        await page.GotoAsync("/kanalen");
        var channelRow = page.Locator("table#kanalen tbody tr").Filter(new() { HasText = ChannelName });
        await Assertions.Expect(channelRow.Locator("td.num")).ToHaveTextAsync("36");
        await Shot(page, "monitoring-06b-kanalen");
        await page.GotoAsync(importUrl);

        // Signalen: the report links to this channel's messages; once analysed, the marked hateful comment is there.
        await page.Locator("a#import-naar-signalen").ClickAsync();
        await Assertions.Expect(page.Locator("#kanaal option:checked")).ToHaveTextAsync(ChannelName);
        var row = page.Locator("table#signalen tbody tr").Filter(new() { HasText = UploadFile.MarkerPhrase });
        await UntilAsync(page, async () =>
        {
            if (await row.CountAsync() == 1)
            {
                return true;
            }

            await page.ReloadAsync();
            return false;
        }, "the uploaded hateful comment in Signalen");
        await Assertions.Expect(row).ToContainTextAsync(HateLabel());
        await Shot(page, "monitoring-07-signalen");
        await row.Locator("a.signal-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signalen/[0-9]+$"));
        await Assertions.Expect(page.Locator("#bericht-tekst mark.evidence").First).ToBeVisibleAsync();
        await Shot(page, "monitoring-08-bericht");
        await page.Locator("body").PressAsync("b");
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync("Bevestigen: 1 bericht(en) bijgewerkt.");
        await Assertions.Expect(page.Locator("#beslissingen")).ToContainTextAsync("Bevestigd");
        await Shot(page, "monitoring-09-bevestigd");

        // Thema's: the theme job, woken by the analysis, has formed a theme around the shared hashtag.
        var themeLink = page.Locator("table#themas a").Filter(new() { HasText = UploadFile.Hashtag });
        await UntilAsync(page, async () =>
        {
            await page.GotoAsync("/themas");
            return await themeLink.CountAsync() > 0;
        }, "a theme with " + UploadFile.Hashtag);
        await Shot(page, "monitoring-10-themas");
        await themeLink.First.ClickAsync();
        await Assertions.Expect(page.Locator("h1#thema-titel")).ToContainTextAsync(UploadFile.Hashtag);
        await Assertions.Expect(page.Locator("table#thema-volume")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("table#thema-signalen")).ToContainTextAsync(HateLabel());
        await Assertions.Expect(page.Locator("section#thema-voorbeelden blockquote").First).ToContainTextAsync(UploadFile.Hashtag);
        await Assertions.Expect(page.Locator("table#thema-kanalen")).ToContainTextAsync(ChannelName);
        await Shot(page, "monitoring-11-thema");

        // Meldingen: the rule fired (in the app) and its e-mail reached the mailbox.
        var alert = page.Locator("table#meldingen tr[data-open='true']").Filter(new() { HasText = RuleName });
        await UntilAsync(page, async () =>
        {
            await page.GotoAsync("/meldingen");
            return await alert.CountAsync() > 0;
        }, "the alert of the rule in Meldingen");
        await Assertions.Expect(alert.First).ToContainTextAsync(HateLabel());
        await Shot(page, "monitoring-12-meldingen");
        var mail = await MailPickup.WaitForMailToAsync(app.MailDirectory, AlertAddress, ct);
        Assert.Matches(HateLabel(), DecodedSubjectAndBody(mail));
    }

    /// <summary>Reloads until the condition holds; the background jobs decide when, the test only waits for it.</summary>
    private static async Task UntilAsync(IPage page, Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                await Shot(page, "monitoring-fout");
                Assert.Fail($"Gave up waiting for {what}.");
            }

            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The mail as text with quoted-printable soft breaks and =XX escapes of UTF-8 undone.</summary>
    private static string DecodedSubjectAndBody(string mail)
    {
        var unfolded = mail.Replace("=\r\n", string.Empty, StringComparison.Ordinal).Replace("=\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    /// <summary>
    /// The Dutch name of the hate signal, as a tag (lower case) or in a sentence. The case is in the pattern, not in
    /// RegexOptions: Playwright hands the pattern to the browser and did not apply IgnoreCase there.
    /// </summary>
    [GeneratedRegex("[Hh]aatspraak")]
    private static partial Regex HateLabel();

    [GeneratedRegex(@"allen hetzelfde wachtwoord\):[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
