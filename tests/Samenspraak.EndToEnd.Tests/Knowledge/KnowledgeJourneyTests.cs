using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Knowledge;

/// <summary>
/// A staff member of Demostad proposes a good practice, the demo redacteur approves it, and it can then be found by
/// searching with an inflected, accent-free word, as guidance for a kind of signal, and in the "Duiding" of the
/// mosque theme that Monitoring detects in the demo messages (matched on the practice's key phrase "moskee" and its
/// target group). The proposer attaches a small PDF report: the redacteur sees it on the review page, and the
/// public item page offers it as a download with the very same bytes. Real Chromium, real app. Screenshots:
/// TestResults/screenshots/kennisbank-*.png.
/// </summary>
public sealed partial class KnowledgeJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task StaffProposesCuratorApprovesAndEveryoneFindsIt()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var demoPassword = DemoPassword().Match(app.Output) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("No demo password in the first-run banner.");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var marker = $"Wijkcafé Zuidkwartier {Guid.NewGuid():N}"[..30];

        // The staff member proposes a practice.
        await LogInAsync(page, "medewerker@demostad.samenspraak.local", demoPassword);
        await page.GotoAsync("/kennisbank");
        await page.Locator("a#voorstel-doen").ClickAsync();
        await page.Locator("#title").FillAsync(marker);
        await page.Locator("#summary").FillAsync("Buurtbewoners ontmoeten elkaar maandelijks in een wijkcafé na spanningen rond een opvanglocatie.");
        await page.Locator("#body").FillAsync("Het **wijkcafé** brengt bewoners, jeugdwerkers en de wijkagent samen. Gesprekken gaan over de opvanglocatie.");
        await page.Locator("#themes-dialoog").CheckAsync();
        await page.Locator("#target-groups-burgers").CheckAsync();
        await page.Locator("#target-groups-religion").CheckAsync();
        await page.Locator("#signal-kinds-polarisation").CheckAsync();
        await page.Locator("#signal-kinds-hate").CheckAsync();
        await page.Locator("#key-phrases").FillAsync("buurtcafé ruzie\nmoskee");
        var report = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% verslag {marker}\ntrailer << >>\n%%EOF\n");
        await page.Locator("input#attachments").SetInputFilesAsync(new FilePayload { Name = "verslag wijkcafé.pdf", MimeType = "application/pdf", Buffer = report });
        await Shot(page, "kennisbank-01-voorstel");
        await page.Locator("button#indienen").ClickAsync();
        await Assertions.Expect(page.Locator("table#mijn-voorstellen")).ToContainTextAsync(marker);
        await Assertions.Expect(page.Locator("table#mijn-voorstellen")).ToContainTextAsync("Ingediend");
        await LogOutAsync(page);

        // The redacteur approves it.
        await LogInAsync(page, "redacteur@demostad.samenspraak.local", demoPassword);
        await page.GotoAsync("/kennisbank/beoordelen");
        await page.Locator("table#te-beoordelen a", new PageLocatorOptions { HasText = marker }).ClickAsync();
        await Assertions.Expect(page.Locator("section#bijlagen-sectie table#bijlagen")).ToContainTextAsync("verslag wijkcafé.pdf");
        await Assertions.Expect(page.Locator("table#versies")).ToContainTextAsync("verslag wijkcafé.pdf");
        await Shot(page, "kennisbank-02-beoordelen");
        await page.Locator("button#goedkeuren").ClickAsync();
        await Assertions.Expect(page.Locator("h1#titel")).ToHaveTextAsync(marker);
        await LogOutAsync(page);

        // Anyone finds it: "wijkcafe zuidkwartieren" (no accent, plural) finds "Wijkcafé Zuidkwartier".
        await page.GotoAsync("/kennisbank");
        await page.Locator("#zoek").FillAsync("wijkcafe zuidkwartieren");
        await page.Locator("button#zoeken").ClickAsync();
        await Assertions.Expect(page.Locator("ol#resultaten a.resultaat-titel").First).ToHaveTextAsync(marker);
        await Assertions.Expect(page.Locator("ol#resultaten mark").First).ToBeVisibleAsync();
        await Shot(page, "kennisbank-03-gevonden");

        // The public item page offers the attachment; the download is the file the proposer uploaded.
        await page.Locator("ol#resultaten a.resultaat-titel").First.ClickAsync();
        var attachment = page.Locator("table#bijlagen a.bijlage-download");
        await Assertions.Expect(attachment).ToHaveTextAsync("verslag wijkcafé.pdf");
        await Assertions.Expect(page.Locator("table#bijlagen")).ToContainTextAsync("PDF");
        await Shot(page, "kennisbank-07-bijlage");
        var download = await page.RunAndWaitForDownloadAsync(() => attachment.ClickAsync());
        Assert.Equal("verslag wijkcafé.pdf", download.SuggestedFilename);
        Assert.Equal(report, await File.ReadAllBytesAsync(await download.PathAsync(), ct));

        // And as guidance for a polarising theme that mentions its key phrase, with the reason.
        await page.GotoAsync("/kennisbank/duiding?signaal=polarisation&woorden=buurtcaf%C3%A9%20ruzie");
        var match = page.Locator("ol#duiding li.duiding-item", new PageLocatorOptions { HasText = marker });
        await Assertions.Expect(match).ToBeVisibleAsync();
        await Assertions.Expect(match.Locator(".duiding-reden")).ToContainTextAsync("polarisatie");
        await Shot(page, "kennisbank-04-duiding");

        // And in the Duiding section of the Monitoring theme that the analysis worker builds from the demo
        // messages about the mosque; the practice's key phrase "moskee" is among that theme's words.
        await LogInAsync(page, "medewerker@demostad.samenspraak.local", demoPassword);
        var theme = await WaitForThemeAsync(page, "moskee");
        await theme.ClickAsync();
        await Assertions.Expect(page.Locator("h1#thema-titel")).ToBeVisibleAsync();
        await Shot(page, "kennisbank-05-thema");
        var duiding = page.Locator("section#thema-duiding li", new PageLocatorOptions { HasText = marker });
        await Assertions.Expect(duiding).ToBeVisibleAsync();
        await Assertions.Expect(duiding.Locator("em")).ToContainTextAsync("‘moskee’");
        await Assertions.Expect(duiding.Locator("a")).ToHaveAttributeAsync("href", new Regex("^/kennisbank/"));
        await Shot(page, "kennisbank-06-thema-duiding", duiding);
    }

    /// <summary>
    /// The demo messages are analysed by the background worker after start-up, so the theme list fills in a while:
    /// reload the top themes until one whose label names <paramref name="word"/> links to its page (bounded).
    /// </summary>
    private static async Task<ILocator> WaitForThemeAsync(IPage page, string word)
    {
        var link = page.Locator("table#themas a", new PageLocatorOptions { HasTextRegex = new Regex(word, RegexOptions.IgnoreCase) }).First;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync("/themas?soort=top");
            if (await link.CountAsync() > 0)
            {
                return link;
            }

            await page.WaitForTimeoutAsync(2000);
        }

        await Shot(page, "kennisbank-05-geen-thema");
        throw new InvalidOperationException($"No theme naming '{word}' appeared on /themas within two minutes.");
    }

    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.Locator("form#uitloggen button").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToHaveCountAsync(0);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    /// <summary>A screenshot of the part of the page around one element (the full theme page is very long).</summary>
    private static async Task Shot(IPage page, string name, ILocator around)
    {
        await around.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png") });
    }

    [GeneratedRegex(@"Demogemeente[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
