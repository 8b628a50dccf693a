using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Learning;

/// <summary>
/// The Learning features added after the first journeys, in a real Chromium against the real application with its
/// demo users (Demostad): an expert writes and publishes a small course that a colleague then starts; an organiser
/// changes and cancels a published event and the participant is told by e-mail; a citizen applies as role model
/// through the public form and the municipality's staff see the application. Screenshots: "leren-2*".
/// </summary>
public sealed partial class LearningAuthoringAgendaRoleModelJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();
    private const string Expert = "expert@demostad.samenspraak.local";
    private const string Staff = "medewerker@demostad.samenspraak.local";

    // The first start (migrations, demo content) can take minutes on a shared, busy build machine.
    private static readonly AppProcessOptions Patient = new() { StartPatience = TimeSpan.FromMinutes(6) };

    [Fact]
    public async Task AnExpertPublishesASmallCourseAndAProfessionalStartsItInLeren()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(Patient, ct);
        var password = DemoPassword(app.Output);
        await using var browser = await Browser.LaunchAsync();
        var expert = await LogInAsync(browser, app.BaseUrl, Expert, password);

        await expert.GotoAsync("/leren/beheer/nieuw");
        await expert.Locator("#title").FillAsync("Gesprekken na een incident");
        await expert.Locator("#audience-professional").CheckAsync();
        await expert.Locator("#summary").FillAsync("Hoe je als medewerker een buurtgesprek voert na een incident.");
        await expert.Locator("button#cursus-aanmaken").ClickAsync();
        await Assertions.Expect(expert.Locator("#nog-te-doen")).ToBeVisibleAsync();
        var draftUrl = new Uri(expert.Url).AbsolutePath;

        // A module and a lesson, written in Markdown with a preview.
        await expert.Locator("#module-title").FillAsync("Voorbereiden");
        await expert.Locator("form.module-toevoegen button").ClickAsync();
        await expert.Locator("input[id^='lesson-title-']").First.FillAsync("Wie nodig je uit?");
        await expert.Locator("button[value^='lesson-add:']").First.ClickAsync();
        await Assertions.Expect(expert.Locator("form#les")).ToBeVisibleAsync();
        await expert.Locator("#markdown").FillAsync("## Uitnodigen\n\nNodig **buren, school en jeugdwerk** uit.\n\n- kies een neutrale plek\n- spreek af wie leidt");
        await expert.Locator("button#les-opslaan").ClickAsync();
        await expert.GotoAsync(draftUrl + "/les/wie-nodig-je-uit");
        await Assertions.Expect(expert.Locator("#voorbeeld strong")).ToHaveTextAsync("buren, school en jeugdwerk");
        await Shot(expert, "leren-20-les-schrijven");

        // The question bank must be larger than the questions asked per attempt (1): two short questions.
        await AddTrueFalseQuestionAsync(expert, draftUrl, "Een buurtgesprek leid je best zelf als betrokken partij.");
        await AddTrueFalseQuestionAsync(expert, draftUrl, "Een neutrale plek helpt iedereen om te komen.");
        await expert.GotoAsync(draftUrl);
        await Assertions.Expect(expert.Locator("#nog-te-doen")).ToHaveCountAsync(0);
        await Shot(expert, "leren-21-concept-klaar");
        await expert.Locator("button#publiceer").ClickAsync();
        await Assertions.Expect(expert.Locator("h1")).ToHaveTextAsync("Gesprekken na een incident");

        // A professional of the demo municipality finds it in Leren and starts the first lesson.
        var staff = await LogInAsync(browser, app.BaseUrl, Staff, password);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Leren", Exact = true }).First.ClickAsync();
        await staff.Locator("ul#cursussen").GetByRole(AriaRole.Link, new() { Name = "Gesprekken na een incident" }).ClickAsync();
        await staff.Locator("a#verder-leren").ClickAsync();
        await Assertions.Expect(staff.Locator("article#les strong")).ToHaveTextAsync("buren, school en jeugdwerk");
        await staff.Locator("button#les-gelezen").ClickAsync();
        await staff.GotoAsync(new Uri(expert.Url).AbsolutePath);
        await Assertions.Expect(staff.Locator("#voortgang")).ToContainTextAsync("1");
        await Shot(staff, "leren-22-cursus-gestart");
    }

    [Fact]
    public async Task TheOrganiserChangesAndCancelsAPublishedEventAndTheParticipantIsMailed()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(Patient, ct);
        var password = DemoPassword(app.Output);
        await using var browser = await Browser.LaunchAsync();

        var organiser = await LogInAsync(browser, app.BaseUrl, Expert, password);
        await organiser.GotoAsync("/agenda/nieuw");
        await organiser.Locator("#title").FillAsync("Netwerkmoment preventiewerkers");
        await organiser.Locator("#type").SelectOptionAsync("Netwerkmoment");
        await organiser.Locator("#description").FillAsync("We delen ervaringen met buurtgesprekken.");
        var start = DateTime.Today.AddDays(20).AddHours(14);
        await organiser.Locator("#starts-at").FillAsync(Local(start));
        await organiser.Locator("#ends-at").FillAsync(Local(start.AddHours(2)));
        await organiser.Locator("#location").FillAsync("Stadhuis Demostad");
        await organiser.Locator("#capacity").FillAsync("10");
        await organiser.Locator("button#evenement-opslaan").ClickAsync();
        await Assertions.Expect(organiser.Locator("form#inschrijven")).ToBeVisibleAsync();
        var eventUrl = new Uri(organiser.Url).AbsolutePath;

        var participant = await LogInAsync(browser, app.BaseUrl, Staff, password);
        await participant.GotoAsync(eventUrl);
        await participant.Locator("button#inschrijven-versturen").ClickAsync();
        await Assertions.Expect(participant.Locator("#evenement-status")).ToContainTextAsync("ingeschreven");

        // Capacity below the confirmed place is refused in Dutch; a new time and a larger capacity are saved.
        await organiser.GotoAsync(eventUrl);
        await organiser.Locator("a#bewerken").ClickAsync();
        await organiser.Locator("#capacity").FillAsync("0");
        await organiser.Locator("button#wijzigingen-opslaan").ClickAsync();
        await Assertions.Expect(organiser.Locator("form#evenement-wijzigen #foutenoverzicht")).ToBeVisibleAsync();
        await Shot(organiser, "leren-23-capaciteit-te-laag");
        var moved = start.AddDays(1).AddHours(1);
        await organiser.Locator("#capacity").FillAsync("25");
        await organiser.Locator("#starts-at").FillAsync(Local(moved));
        await organiser.Locator("#ends-at").FillAsync(Local(moved.AddHours(2)));
        await organiser.Locator("button#wijzigingen-opslaan").ClickAsync();
        await Assertions.Expect(organiser.Locator("#plaatsen")).ToContainTextAsync("25");
        await Shot(organiser, "leren-24-gewijzigd");

        var changed = await WaitForMailAsync(app.MailDirectory, Staff, "Gewijzigd:", ct);
        Assert.Contains(moved.ToString("HH:mm", CultureInfo.InvariantCulture), changed, StringComparison.Ordinal);
        Assert.Contains("agenda.ics", changed, StringComparison.Ordinal);

        // Cancelling needs a reason and the confirmation; the participant then sees and receives it.
        await organiser.Locator("a#bewerken").ClickAsync();
        await organiser.Locator("#reden").FillAsync("De spreker is ziek; we plannen opnieuw in het voorjaar.");
        await organiser.Locator("button#evenement-annuleren-versturen").ClickAsync();
        await Assertions.Expect(organiser.Locator("form#evenement-annuleren")).ToContainTextAsync("Vink aan");
        Assert.Equal("De spreker is ziek; we plannen opnieuw in het voorjaar.", await organiser.Locator("#reden").InputValueAsync());
        await Shot(organiser, "leren-25-annuleren-zonder-bevestiging");
        await organiser.Locator("#bevestigen").CheckAsync();
        await organiser.Locator("button#evenement-annuleren-versturen").ClickAsync();
        await Assertions.Expect(organiser.Locator("#geannuleerd")).ToContainTextAsync("Geannuleerd");

        var cancelled = await WaitForMailAsync(app.MailDirectory, Staff, "Geannuleerd:", ct);
        Assert.Contains("De spreker is ziek", cancelled, StringComparison.Ordinal);
        await participant.GotoAsync(eventUrl);
        await Assertions.Expect(participant.Locator("#geannuleerd")).ToContainTextAsync("De spreker is ziek");
        await Shot(participant, "leren-26-geannuleerd-deelnemer");
    }

    [Fact]
    public async Task ACitizenAppliesAsRoleModelWithConsentAndStaffSeeTheApplication()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(Patient, ct);
        var password = DemoPassword(app.Output);
        await using var browser = await Browser.LaunchAsync();

        var citizen = await browser.NewPageAsync(app.BaseUrl);
        await citizen.GotoAsync("/rolmodel-worden");
        var email = $"yasmina.{Guid.NewGuid():N}@voorbeeld.be";
        await citizen.Locator("#naam").FillAsync("Yasmina Rolmodel");
        await citizen.Locator("#e-mail").FillAsync(email);
        await citizen.Locator("#gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Demostad (demo)" });
        await citizen.Locator("#motivatie").FillAsync("Ik wil jongeren in mijn wijk tonen dat je kan verschillen zonder elkaar te haten.");

        // Without consent: a Dutch message, and everything typed is still there.
        await citizen.Locator("button#kandidatuur-versturen").ClickAsync();
        await Assertions.Expect(citizen.Locator("form#kandidatuur")).ToContainTextAsync("toestemming");
        Assert.Equal(email, await citizen.Locator("#e-mail").InputValueAsync());
        Assert.StartsWith("Ik wil jongeren", await citizen.Locator("#motivatie").InputValueAsync(), StringComparison.Ordinal);
        await Shot(citizen, "leren-27-rolmodel-zonder-toestemming");

        await citizen.Locator("#toestemming").CheckAsync();
        await citizen.Locator("button#kandidatuur-versturen").ClickAsync();
        await Assertions.Expect(citizen.Locator("#kandidatuur-ontvangen")).ToBeVisibleAsync();
        await Shot(citizen, "leren-28-rolmodel-ontvangen");
        await WaitForMailAsync(app.MailDirectory, email, "", ct);

        var staff = await LogInAsync(browser, app.BaseUrl, Staff, password);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Rolmodellen", Exact = true }).First.ClickAsync();
        var row = staff.Locator("table#rolmodellen tr", new() { HasText = "Yasmina Rolmodel" });
        await Assertions.Expect(row).ToContainTextAsync("Aangemeld");
        await Shot(staff, "leren-29-rolmodellen-staf");
        var reachedBefore = int.Parse(await staff.Locator("table#cijfers tr").Nth(2).Locator("td").InnerTextAsync(), CultureInfo.InvariantCulture);

        // Screening, training and a first deployment; the figures follow.
        await row.GetByRole(AriaRole.Link, new() { Name = "Yasmina Rolmodel" }).ClickAsync();
        await staff.Locator("#screening").SelectOptionAsync("Goedgekeurd");
        await staff.Locator("#training").SelectOptionAsync("Bezig");
        await staff.Locator("#training-plan").FillAsync("Cursus Polarisatie: de basis; ervaringsdag in het voorjaar.");
        await staff.Locator("#coach-mij").CheckAsync();
        await staff.Locator("form#status button[type=submit]").ClickAsync();
        await Assertions.Expect(staff.Locator("#screening")).ToHaveValueAsync("Goedgekeurd");
        await staff.Locator("#activity-type").FillAsync("Getuigenis in de klas");
        await staff.Locator("#activity-date").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.Locator("#place").FillAsync("Atheneum Demostad");
        await staff.Locator("#organisation").FillAsync("Atheneum Demostad");
        await staff.Locator("#reached").FillAsync("24");
        await staff.Locator("form#activiteit button[type=submit]").ClickAsync();
        await Assertions.Expect(staff.Locator("table#activiteiten")).ToContainTextAsync("Atheneum Demostad");
        await Shot(staff, "leren-29b-rolmodel-detail");
        await staff.GotoAsync("/rolmodellen");
        await Assertions.Expect(staff.Locator("table#rolmodellen tr", new() { HasText = "Yasmina Rolmodel" })).ToContainTextAsync("Goedgekeurd");
        await Assertions.Expect(staff.Locator("table#cijfers tr").Nth(2).Locator("td")).ToHaveTextAsync((reachedBefore + 24).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A tour of the pages built last round, as their users see them, with a screenshot each: the learner's own data,
    /// the community search with its filters, the support overview per municipality and expert, the role-model figures.
    /// </summary>
    [Fact]
    public async Task TheLastRoundsPagesWorkForTheirUsers()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(Patient, ct);
        var password = DemoPassword(app.Output);
        var (adminEmail, adminPassword) = FirstRunBanner.Admin(app.Output);
        await using var browser = await Browser.LaunchAsync();

        var staff = await LogInAsync(browser, app.BaseUrl, Staff, password);
        await staff.GotoAsync("/leren");
        await staff.Locator("a#mijn-gegevens").ClickAsync();
        await Assertions.Expect(staff.Locator("ul#mijn-gegevens-overzicht")).ToBeVisibleAsync();
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.Locator("a#mijn-gegevens-download").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        await staff.Locator("button#mijn-gegevens-wissen-versturen").ClickAsync();
        await Assertions.Expect(staff.Locator("form#mijn-gegevens-wissen")).ToContainTextAsync("Vink aan");
        await Shot(staff, "leren-30-mijn-gegevens");
        await staff.Locator("#wissen-bevestigen").CheckAsync();
        await staff.Locator("button#mijn-gegevens-wissen-versturen").ClickAsync();
        await Assertions.Expect(staff.Locator("#melding")).ToContainTextAsync("gewist");
        await Shot(staff, "leren-31-mijn-gegevens-gewist");

        await staff.GotoAsync("/gemeenschap");
        var rows = await staff.Locator("table#vragen tbody tr").CountAsync();
        await staff.Locator("#zoek").FillAsync("zzz-niets-gevonden");
        await staff.Locator("form#vragen-filter button").ClickAsync();
        await Assertions.Expect(staff.Locator("table#vragen")).ToHaveCountAsync(0);
        await Shot(staff, "leren-32-gemeenschap-geen-resultaat");
        await staff.Locator("#zoek").FillAsync(string.Empty);
        await staff.Locator("#status").SelectOptionAsync("Unanswered");
        await staff.Locator("form#vragen-filter button").ClickAsync();
        Assert.Contains("status=Unanswered", staff.Url, StringComparison.Ordinal);
        Assert.True(await staff.Locator("table#vragen tbody tr").CountAsync() <= rows);
        await Shot(staff, "leren-33-gemeenschap-filter");

        await staff.GotoAsync("/rolmodellen");
        await Assertions.Expect(staff.Locator("table#cijfers")).ToBeVisibleAsync();
        await Shot(staff, "leren-34-rolmodel-cijfers");

        var admin = await LogInAsync(browser, app.BaseUrl, adminEmail, adminPassword);
        await admin.GotoAsync("/ondersteuning");
        await Shot(admin, "leren-35-ondersteuning-platformteam");
        await staff.GotoAsync("/ondersteuning");
        await Shot(staff, "leren-36-ondersteuning-gemeente");
    }

    private static async Task AddTrueFalseQuestionAsync(IPage author, string draftUrl, string prompt)
    {
        await author.GotoAsync(draftUrl);
        await author.Locator("#question-type").SelectOptionAsync("truefalse");
        await author.Locator("form#vraag-toevoegen button").ClickAsync();
        await author.Locator("#prompt").FillAsync(prompt);
        await author.Locator("#option-correct-1").CheckAsync();
        await author.Locator("#feedback").FillAsync("De gespreksleider is best iemand die niet betrokken is.");
        await author.Locator("button#vraag-opslaan").ClickAsync();
        await Assertions.Expect(author.Locator("#vraag-onvolledig")).ToHaveCountAsync(0);
    }

    private static string Local(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

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

    /// <summary>
    /// The text body of the first mail to the recipient whose subject holds the fragment, waiting up to 30 s unless told
    /// otherwise. Other mails of the journey land in the same directory and one may
    /// still be half written when it is read: such a file is skipped this round and read again on the next.
    /// </summary>
    private static async Task<string> WaitForMailAsync(string directory, string recipient, string subjectFragment, CancellationToken ct,
        TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml") : [])
            {
                try
                {
                    using var message = await MimeKit.MimeMessage.LoadAsync(file, ct);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                        && (message.Subject ?? "").Contains(subjectFragment, StringComparison.Ordinal))
                    {
                        return message.TextBody ?? "";
                    }
                }
                catch (Exception ex) when (ex is IOException or FormatException)
                {
                    // Half written: read again on the next round.
                }
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"No mail to {recipient} with '{subjectFragment}' in the subject in {directory}.");
    }

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
