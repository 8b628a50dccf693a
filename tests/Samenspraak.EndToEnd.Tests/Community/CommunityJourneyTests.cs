using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Community;

/// <summary>
/// In a real Chromium against the real application: a staff member of the demo municipality asks the community a
/// question, the demo expert answers it (marked as expert), and the asker accepts the answer. Screenshots are saved
/// under tests/Samenspraak.EndToEnd.Tests/TestResults/screenshots (community-*).
/// </summary>
public sealed partial class CommunityJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task AProfessionalAsksAnExpertAnswersAndTheAskerAcceptsTheAnswer()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var password = DemoPassword(app.Output);
        await using var browser = await Browser.LaunchAsync();

        // The staff member asks.
        var asker = await LogInAsync(browser, app.BaseUrl, "medewerker@demostad.samenspraak.local", password);
        await asker.GetByRole(AriaRole.Link, new() { Name = "Gemeenschap", Exact = true }).First.ClickAsync();
        await asker.Locator("a#vraag-stellen").ClickAsync();
        await asker.GetByLabel("Je vraag in één zin").FillAsync("Hoe reageren we op kwetsende reacties onder onze berichten?");
        await asker.GetByLabel("Thema").SelectOptionAsync(new SelectOptionValue { Label = "Haatspraak" });
        await asker.GetByLabel("Toelichting").FillAsync("Onder onze berichten over de nieuwe sporthal verschijnen **kwetsende** reacties. Wat werkt bij jullie?");
        await Shot(asker, "community-01-vraag");
        await asker.Locator("button#vraag-plaatsen").ClickAsync();
        await Assertions.Expect(asker.Locator("#melding")).ToContainTextAsync("Je vraag staat online.");
        await Assertions.Expect(asker.Locator("h1#vraag-titel")).ToHaveTextAsync("Hoe reageren we op kwetsende reacties onder onze berichten?");
        var questionUrl = new Uri(asker.Url).PathAndQuery;

        // The expert finds it in the list and answers; the answer carries the expert mark.
        var expert = await LogInAsync(browser, app.BaseUrl, "expert@demostad.samenspraak.local", password);
        await expert.GotoAsync("/gemeenschap");
        await expert.Locator("table#vragen").GetByRole(AriaRole.Link, new() { Name = "Hoe reageren we op kwetsende reacties onder onze berichten?" }).ClickAsync();
        await expert.GetByLabel("Je antwoord").FillAsync("Publiceer vooraf **huisregels** en antwoord kort en rustig met een verwijzing ernaar.");
        await expert.Locator("button#antwoord-plaatsen").ClickAsync();
        await Assertions.Expect(expert.Locator("#melding")).ToContainTextAsync("Je antwoord staat online.");
        var answer = expert.Locator("article.antwoord");
        await Assertions.Expect(answer.Locator(".tag--expert")).ToHaveTextAsync("Expert");
        await Assertions.Expect(answer.Locator("strong", new() { HasText = "huisregels" })).ToBeVisibleAsync();
        await Shot(expert, "community-02-antwoord");

        // The asker sees the answer (and a notification) and accepts it.
        await asker.GotoAsync("/gemeenschap/meldingen");
        await Assertions.Expect(asker.Locator("ul#meldingen")).ToContainTextAsync("Nieuw antwoord op");
        await asker.GotoAsync(questionUrl);
        await asker.Locator("form[id^='accepteer-'] button").ClickAsync();
        await Assertions.Expect(asker.Locator("#melding")).ToContainTextAsync("Je keuze is bewaard.");
        await Assertions.Expect(asker.Locator("article.antwoord .tag--accepted")).ToHaveTextAsync("Aanvaard antwoord");
        await Shot(asker, "community-03-aanvaard");

        // The list shows the question as solved.
        await asker.GotoAsync("/gemeenschap");
        await Assertions.Expect(asker.Locator("table#vragen tbody tr").First).ToContainTextAsync("Opgelost");
    }

    private static async Task<IPage> LogInAsync(Browser browser, string baseUrl, string email, string password)
    {
        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The demo users' shared password from the first-run banner.</summary>
    private static string DemoPassword(string output)
    {
        var match = DemoBlock().Match(output);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("No demo users in the first-run banner:\n" + output);
    }

    [GeneratedRegex(@"Demogemeente[^\n]*\n(?:[^\n]*\n)*?\s+Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoBlock();

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
}
