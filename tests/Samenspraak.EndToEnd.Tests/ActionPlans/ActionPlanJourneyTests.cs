using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.ActionPlans;

/// <summary>
/// A Demostad staff member drafts a first action plan in a real Chromium: the wizard from the Plan Samenleven
/// template, an action with its budget, a KPI bound to a measured indicator, the vaststelling, and the Word export,
/// which is opened and read. Screenshots under TestResults/screenshots (prefix "actieplan-").
/// </summary>
public sealed partial class ActionPlanJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task StaffDraftsAPlanWithTheWizardAddsAnActionAndABoundKpiAdoptsItAndExportsWord()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var password = DemoPassword().Match(app.Output) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("No demo password in the first-run banner:\n" + app.Output);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("medewerker@demostad.samenspraak.local");
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();

        // The side navigation leads to the plans; the demo plan is there.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Actieplan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("table#plannen")).ToContainTextAsync("Samen sterk tegen online haat");
        await Shot(page, "01-lijst");

        // Wizard step 1: basics, from the template.
        var year = DateTime.UtcNow.Year;
        await page.Locator("a#plan-nieuw").ClickAsync();
        await page.Locator("#title").FillAsync("Demostad verbindt");
        await page.Locator("#start-year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#end-year").FillAsync((year + 1).ToString(CultureInfo.InvariantCulture));
        await page.Locator("#start-Template").CheckAsync();
        await Shot(page, "02-wizard-stap1");
        await page.Locator("button#plan-aanmaken").ClickAsync();

        // Steps 2-4: the sections, with help and the template's guiding questions.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("1. Context en signaalanalyse");
        await Assertions.Expect(page.Locator("#text")).ToHaveValueAsync(new Regex("Welke vormen van polarisatie"));
        await page.Locator("#text").FillAsync("Na het incident aan het station zien we haatberichten tegen nieuwkomers.");
        await Shot(page, "03-wizard-context");
        await page.Locator("button#sectie-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2. Witte vlekken in het huidige beleid");
        await page.Locator("#text").FillAsync("Scholen weten niet bij wie ze terechtkunnen.");
        await page.Locator("button#sectie-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("3. Doelstellingen");
        await page.Locator("#text").FillAsync("Tegen eind volgend jaar 40 jeugdwerkers getraind.");
        await page.Locator("button#sectie-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Demostad verbindt");

        // An action, with a wrong end date first: a Dutch message, the title kept.
        await page.Locator("a#actie-nieuw").ClickAsync();
        await page.Locator("#title").FillAsync("Omstaanderstraining jeugdwerkers");
        await page.Locator("#owner-name").FillAsync("Dienst Samenleven");
        await page.Locator("#start").FillAsync($"{year}-03-01");
        await page.Locator("#end").FillAsync($"{year}-02-01");
        await page.Locator("button#actie-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("#foutenoverzicht")).ToContainTextAsync("De einddatum ligt vóór de startdatum");
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("Omstaanderstraining jeugdwerkers");
        await Shot(page, "04-actie-fout");
        await page.Locator("#end").FillAsync($"{year}-06-30");
        await page.Locator("button#actie-opslaan").ClickAsync();
        await Shot(page, "04b-actie-opgeslagen");

        // Its budget: the subsidy and the own contribution of at least half of it.
        await page.Locator("#line-description").FillAsync("Trainers");
        await page.Locator("#source").SelectOptionAsync("Subsidy");
        await page.Locator("#planned").FillAsync("10.000");
        await page.Locator("button#budgetregel-toevoegen").ClickAsync();
        await Assertions.Expect(page.Locator("table#actie-budget")).ToContainTextAsync("10.000,00");
        await page.Locator("#line-description").FillAsync("Zaal en catering");
        await page.Locator("#source").SelectOptionAsync("OwnContribution");
        await page.Locator("#planned").FillAsync("5000");
        await page.Locator("button#budgetregel-toevoegen").ClickAsync();
        await Assertions.Expect(page.Locator("table#actie-budget")).ToContainTextAsync("5.000,00");
        await Shot(page, "05-actie-budget");

        // A KPI bound to a measured indicator.
        await page.GotoAsync(page.Url[..page.Url.IndexOf("/acties/", StringComparison.Ordinal)]);
        await Assertions.Expect(page.Locator("#budgetcontrole")).ToContainTextAsync("voldoet aan de regels");
        await page.Locator("a#kpi-nieuw").ClickAsync();
        await page.Locator("#name").FillAsync("Afgeronde acties per maand");
        await page.Locator("#indicator-key").SelectOptionAsync("actionplans.actions.completed");
        await page.Locator("#target").FillAsync("1");
        await page.Locator("#unit").FillAsync("acties");
        await page.Locator("button#kpi-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("figure#kpi-grafiek svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table#kpi-waarden")).ToBeVisibleAsync();
        await Shot(page, "06-kpi-indicator");

        // Vaststelling by the council, recorded by the Gemeentebeheerder: the staff member cannot, the admin can.
        var planUrl = page.Url[..page.Url.IndexOf("/kpis/", StringComparison.Ordinal)];
        await page.GotoAsync(planUrl);
        await Assertions.Expect(page.Locator("#vaststelling-uitleg")).ToContainTextAsync("gemeentebeheerder");
        await page.Locator("form#uitloggen button").ClickAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("beheerder@demostad.samenspraak.local");
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
        await page.GotoAsync(planUrl);
        await page.Locator("a#vaststelling-link").ClickAsync();
        await page.Locator("#adopted-by").FillAsync("gemeenteraad");
        await page.Locator("#adopted-on").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("button#vaststellen").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToContainTextAsync("vastgesteld door gemeenteraad");
        await Shot(page, "07-vastgesteld");

        // The Word export opens and carries the plan.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a#export-docx").ClickAsync());
        var file = Path.Combine(Shots, "actieplan-export.docx");
        await download.SaveAsAsync(file);
        using var doc = WordprocessingDocument.Open(file, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Demostad verbindt", text);
        Assert.Contains("4. Acties", text);
        Assert.Contains("Omstaanderstraining jeugdwerkers", text);
        Assert.Contains("vastgesteld door gemeenteraad", text);
        Assert.Contains("Afgeronde acties per maand", text);
    }

    [GeneratedRegex(@"Demogemeente[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "actieplan-" + name + ".png"), FullPage = true });
}
