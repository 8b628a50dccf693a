using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Knowledge;

/// <summary>
/// The demo redacteur downloads the XLSX template, checks it (one new example row), then checks a real semicolon
/// CSV in Windows-1252 (as Excel with Belgian settings saves it) with one good row and one row with a misspelt theme,
/// sees the report with the suggestion, imports the good rows (300 more, so the background import's progress page is
/// seen while it runs), finds the import again in the list of recent imports and the item through search. Real
/// Chromium, real app.
/// Screenshots: TestResults/screenshots/kennisbank-import-*.png.
/// </summary>
public sealed partial class KnowledgeImportJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task ACuratorChecksAFileSeesTheReportAndImportsTheGoodRows()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var demoPassword = DemoPassword().Match(app.Output) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("No demo password in the first-run banner.");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var folder = Directory.CreateTempSubdirectory("kennisbank-import-");
        var marker = $"Praatcafé Noordwijk {Guid.NewGuid():N}"[..28];

        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("redacteur@demostad.samenspraak.local");
        await page.GetByLabel("Wachtwoord").FillAsync(demoPassword);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();

        // The template: downloaded from the page and checked as it is.
        await page.GotoAsync("/kennisbank/importeren");
        await Shot(page, "kennisbank-import-01-pagina");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a#sjabloon-xlsx").ClickAsync());
        var template = Path.Combine(folder.FullName, "kennisbank-sjabloon.xlsx");
        await download.SaveAsAsync(template);
        await page.Locator("#bestand").SetInputFilesAsync(template);
        await page.Locator("button#controleren").ClickAsync();
        await Assertions.Expect(page.Locator("table#importtellingen")).ToContainTextAsync("Nieuw");
        await Assertions.Expect(page.Locator("table#importwijzigingen")).ToContainTextAsync("Voorbeeld: buurtgesprekken na een incident");
        await Shot(page, "kennisbank-import-02-sjabloon-gecontroleerd");

        // A CSV as Belgian Excel writes it: semicolons, Windows-1252, an accent and a misspelt theme.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = "Type;Title;Summary;Themes;Municipalities\r\n"
            + $"praktijk;{marker};Een maandelijks praatcafé voor buurtbewoners en nieuwkomers.;polarisatie; Gent\r\n"
            + "praktijk;Tweede rij;Met een tikfout in het thema.;polarisatei;Gent\r\n"
            // Enough rows for a few batches, so the progress page is seen while the import runs.
            + string.Concat(Enumerable.Range(1, 300).Select(n => $"tool;Klasoefening {folder.Name} {n};Oefening {n} voor een gesprek in de klas.;polarisatie;Gent\r\n"));
        var file = Path.Combine(folder.FullName, "praktijken.csv");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding(1252).GetBytes(csv), ct);
        await page.GotoAsync("/kennisbank/importeren");
        await page.Locator("#bestand").SetInputFilesAsync(file);
        await page.Locator("button#controleren").ClickAsync();
        await Assertions.Expect(page.Locator("section#controleverslag")).ToContainTextAsync("Windows-1252");
        await Assertions.Expect(page.Locator("table#importproblemen")).ToContainTextAsync("Bedoelde u ‘polarisatie’");
        await Assertions.Expect(page.Locator("table#importwijzigingen")).ToContainTextAsync(marker);
        await Shot(page, "kennisbank-import-03-verslag");

        // The import runs in the background: the page shows "N van M rijen verwerkt" and refreshes itself until done.
        await page.Locator("button#importeren").ClickAsync();
        await Assertions.Expect(page.Locator("progress#import-voortgang")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p#import-voortgang-tekst")).ToContainTextAsync("van 301 rijen verwerkt");
        await RefreshingShot(page, "kennisbank-import-04-voortgang");
        await Assertions.Expect(page.Locator("section#importverslag")).ToContainTextAsync("301 nieuw, 0 bijgewerkt, 0 ongewijzigd.", new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("p#import-voortgang-tekst")).ToContainTextAsync("301 van 301 rijen verwerkt");
        await Shot(page, "kennisbank-import-05-geimporteerd");

        // Leaving and coming back: the import page lists it.
        await page.GotoAsync("/kennisbank/importeren");
        await Assertions.Expect(page.Locator("table#recente-importen")).ToContainTextAsync("praktijken.csv");
        await Shot(page, "kennisbank-import-06-recente-importen");

        await page.GotoAsync("/kennisbank");
        await page.Locator("#zoek").FillAsync("praatcafe noordwijk");
        await page.Locator("button#zoeken").ClickAsync();
        await Assertions.Expect(page.Locator("ol#resultaten a.resultaat-titel").First).ToHaveTextAsync(marker);
        await Shot(page, "kennisbank-import-07-gevonden");
        folder.Delete(recursive: true);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    /// <summary>
    /// The visible part of a page that reloads itself every two seconds (meta refresh): a reload during the screenshot
    /// interrupts it, so it is tried again on the next load.
    /// </summary>
    private static async Task RefreshingShot(IPage page, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), Timeout = 10_000 });
                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is PlaywrightException or TimeoutException)
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
            }
        }
    }

    [GeneratedRegex(@"Demogemeente[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
