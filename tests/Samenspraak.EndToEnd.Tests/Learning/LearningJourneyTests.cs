using System.Text.Json;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Learning;

/// <summary>
/// The Learning module in a real Chromium against the real application: a citizen registers, reads the public
/// bystander course, passes the quiz and verifies the certificate; and a professional joins a full event's waiting
/// list and is promoted when a place comes free. Screenshots under TestResults/screenshots (prefix "leren-").
/// </summary>
public sealed class LearningJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();
    private const string Password = "Een-lang-burgerwachtwoord-2026";

    [Fact]
    public async Task ACitizenCompletesThePublicCourseAndGetsAVerifiableCertificate()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/leren/cursus/omstaander-online");
        await Shot(page, "leren-01-cursus-anoniem");
        await RegisterCitizenAsync(page, "Sara Burger", $"sara.{Guid.NewGuid():N}@voorbeeld.be", "/leren/cursus/omstaander-online");

        // Read every lesson; the overview then offers the quiz.
        await page.GotoAsync("/leren/cursus/omstaander-online");
        await page.Locator("a#verder-leren").ClickAsync();
        await Assertions.Expect(page.Locator("article#les h2").First).ToBeVisibleAsync();
        await Shot(page, "leren-02-les");
        for (var lesson = 1; lesson <= 6; lesson++)
        {
            await Assertions.Expect(page.Locator("p.meta").First).ToContainTextAsync($"Les {lesson} van 6");
            await page.Locator("button#les-gelezen").ClickAsync();
        }

        // After the last lesson the quiz opens; answer every drawn question correctly from the course file.
        await Assertions.Expect(page.Locator("form#toets")).ToBeVisibleAsync();
        var questions = CorrectAnswers();
        foreach (var fieldset in await page.Locator("form#toets fieldset").AllAsync())
        {
            var id = (await fieldset.GetAttributeAsync("id"))!["vraag-".Length..];
            var (type, answers) = questions[id];
            if (type == "short")
            {
                await fieldset.Locator("input[type=text]").FillAsync(answers[0]);
            }
            else
            {
                foreach (var option in answers)
                {
                    await fieldset.Locator($"#q-{id}-{option}").CheckAsync();
                }
            }
        }

        await Shot(page, "leren-03-toets");
        await page.Locator("button#toets-indienen").ClickAsync();
        await Assertions.Expect(page.Locator("#toets-resultaat.geslaagd")).ToBeVisibleAsync();
        await Shot(page, "leren-04-geslaagd");

        await page.Locator("a#certificaat").ClickAsync();
        await Assertions.Expect(page.Locator("section#certificaat")).ToContainTextAsync("Sara Burger");
        var code = (await page.Locator("#verificatiecode").InnerTextAsync()).Split(':')[1].Trim();
        await Shot(page, "leren-05-certificaat");

        // Anyone (a fresh browser page without the cookie) can verify the code.
        var stranger = await browser.NewPageAsync(app.BaseUrl);
        await stranger.GotoAsync("/certificaat-controleren");
        await stranger.Locator("#code").FillAsync(code.ToLowerInvariant());
        await stranger.Locator("form#controleren button").ClickAsync();
        await Assertions.Expect(stranger.Locator("#controle-resultaat.geldig")).ToContainTextAsync("Sara Burger");
        await Shot(stranger, "leren-06-verificatie");
    }

    [Fact]
    public async Task AProfessionalOnTheWaitingListIsPromotedWhenAPlaceComesFree()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var (adminEmail, adminPassword) = FirstRunBanner.Admin(app.Output);
        await using var browser = await Browser.LaunchAsync();

        // The platform admin (a professional and an author) publishes a public event with one place.
        var admin = await browser.NewPageAsync(app.BaseUrl);
        await admin.GotoAsync("/inloggen");
        await admin.GetByLabel("E-mailadres").FillAsync(adminEmail);
        await admin.GetByLabel("Wachtwoord").FillAsync(adminPassword);
        await admin.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(admin.Locator("form#uitloggen")).ToBeVisibleAsync();
        await admin.GotoAsync("/agenda/nieuw");
        await admin.Locator("#title").FillAsync("Plaatsbezoek buurthuis");
        await admin.Locator("#type").SelectOptionAsync("Plaatsbezoek");
        await admin.Locator("#description").FillAsync("We bezoeken een buurthuis dat gesprekstafels organiseert.");
        var start = DateTime.Today.AddDays(14).AddHours(10);
        await admin.Locator("#starts-at").FillAsync(start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#ends-at").FillAsync(start.AddHours(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator("#location").FillAsync("Buurthuis De Brug, Demostad");
        await admin.Locator("#capacity").FillAsync("1");
        await admin.Locator("#is-public").CheckAsync();
        await admin.Locator("button#evenement-opslaan").ClickAsync();
        await Assertions.Expect(admin.Locator("form#inschrijven")).ToBeVisibleAsync();
        var eventUrl = admin.Url;

        // A citizen takes the only place.
        var citizen = await browser.NewPageAsync(app.BaseUrl);
        await RegisterCitizenAsync(citizen, "Tom Buur", $"tom.{Guid.NewGuid():N}@voorbeeld.be", "/agenda");
        await citizen.GotoAsync(eventUrl);
        await citizen.Locator("button#inschrijven-versturen").ClickAsync();
        await Assertions.Expect(citizen.Locator("#evenement-status")).ToContainTextAsync("ingeschreven");

        // The professional registers for the full event and lands on the waiting list.
        await admin.GotoAsync(eventUrl);
        await Assertions.Expect(admin.Locator("form#inschrijven")).ToContainTextAsync("volzet");
        await admin.Locator("button#inschrijven-versturen").ClickAsync();
        await Assertions.Expect(admin.Locator("#evenement-status")).ToContainTextAsync("wachtlijst");
        await Shot(admin, "leren-07-wachtlijst");

        // The citizen cancels; the professional is promoted and told so by e-mail.
        await citizen.GotoAsync(eventUrl);
        await citizen.Locator("button#inschrijving-annuleren").ClickAsync();
        await Assertions.Expect(citizen.Locator("form#inschrijven")).ToBeVisibleAsync();
        await admin.GotoAsync(eventUrl);
        await Assertions.Expect(admin.Locator("#evenement-status")).ToContainTextAsync("Je bent ingeschreven");
        await Shot(admin, "leren-08-gepromoveerd");
        var mail = await MailPickup.WaitForMailToAsync(app.MailDirectory, adminEmail, ct);
        Assert.Contains("plaats", mail, StringComparison.Ordinal);

        // The organiser sees the participants; the agenda offers the event as .ics.
        await admin.GotoAsync(eventUrl + "/deelnemers");
        await Assertions.Expect(admin.Locator("table#deelnemers")).ToContainTextAsync(adminEmail);
        await Shot(admin, "leren-09-deelnemers");
    }

    private static async Task RegisterCitizenAsync(IPage page, string name, string email, string returnUrl)
    {
        await page.GotoAsync("/leren/registreren?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("#display-name").FillAsync(name);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#municipality-id").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#password-confirm").FillAsync(Password);
        // Without consent: a clear message, nothing lost.
        await page.Locator("button#registreren-versturen").ClickAsync();
        await Assertions.Expect(page.Locator("#foutenoverzicht")).ToContainTextAsync("toestemming");
        Assert.Equal(email, await page.Locator("#email").InputValueAsync());
        await Shot(page, "leren-00-registreren-fout");
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#password-confirm").FillAsync(Password);
        await page.Locator("#consent").CheckAsync();
        await page.Locator("button#registreren-versturen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
    }

    /// <summary>Question id → type and correct option ids (or the first accepted short answer), from the shipped course.</summary>
    private static Dictionary<string, (string Type, List<string> Answers)> CorrectAnswers()
    {
        var file = Path.Combine(TestEnvironment.RepositoryRoot(), "src", "Samenspraak.Web", "Learning", "Seed", "courses", "omstaander-online", "course.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("quiz").GetProperty("questions").EnumerateArray().ToDictionary(
            q => q.GetProperty("id").GetString()!,
            q =>
            {
                var type = q.GetProperty("type").GetString()!;
                var answers = type == "short"
                    ? [q.GetProperty("acceptedAnswers")[0].GetString()!]
                    : q.GetProperty("options").EnumerateArray().Where(o => o.GetProperty("correct").GetBoolean()).Select(o => o.GetProperty("id").GetString()!).ToList();
                return (type, answers);
            });
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
}
