using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Learning;

/// <summary>
/// Issue 7's "e-mail digest of new ... events on followed themes" in Chromium: a professional follows a theme in the
/// community and asks for a daily digest; an expert publishes an event on that theme (and one on another theme); the
/// digest job mails the professional the event on the followed theme only. Screenshots "leren-4*".
/// </summary>
public sealed partial class LearningAuthoringAgendaRoleModelJourneyTests
{
    [Fact]
    public async Task AProfessionalFollowsAThemeAndGetsTheNewEventOnItInTheDigestMail()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        var options = Patient with { Environment = new Dictionary<string, string> { ["Community__DigestIntervalMinutes"] = "1" } };
        await using var app = await AppProcess.StartAsync(options, ct);
        var password = DemoPassword(app.Output);
        await using var browser = await Browser.LaunchAsync();

        // The professional follows "Omstaanders" and chooses a daily digest.
        var staff = await LogInAsync(browser, app.BaseUrl, Staff, password);
        await staff.GotoAsync("/gemeenschap?thema=omstaanders");
        await staff.Locator("form#thema-volgen button").ClickAsync();
        await staff.GotoAsync("/gemeenschap/meldingen");
        await staff.Locator("#frequentie-Daily").CheckAsync();
        await staff.Locator("button#samenvatting-opslaan").ClickAsync();
        await Assertions.Expect(staff.Locator("#frequentie-Daily")).ToBeCheckedAsync();

        // The expert publishes two events, one on the followed theme.
        var expert = await LogInAsync(browser, app.BaseUrl, Expert, password);
        var start = DateTime.Today.AddDays(14).AddHours(19);
        var onTheme = await PublishEventAsync(expert, "Webinar: reageren als omstaander online", start, "omstaanders", shot: "leren-40-evenement-thema-kiezen");
        await Assertions.Expect(expert.Locator("#evenement-themas")).ToContainTextAsync("Omstaanders");
        await Shot(expert, "leren-41-evenement-met-thema");
        await PublishEventAsync(expert, "Vorming sport en samenleven", start.AddDays(1), "sport", shot: null);

        // The agenda filters on the theme.
        await staff.GotoAsync("/agenda?thema=omstaanders");
        await Assertions.Expect(staff.Locator("ul#evenementen")).ToContainTextAsync("Webinar: reageren als omstaander online");
        await Assertions.Expect(staff.Locator("ul#evenementen")).Not.ToContainTextAsync("Vorming sport en samenleven");
        await Shot(staff, "leren-42-agenda-per-thema");

        // A day passes for the digest: the choice's start moves two days back, and the job (every minute) sends it.
        await MoveDigestWindowBackAsync(app, ct);
        // The digest job runs once a minute: on a busy machine the mail may take a few minutes.
        var mail = await WaitForMailAsync(app.MailDirectory, Staff, "nieuwe items", ct, TimeSpan.FromMinutes(4));

        Assert.Contains("Nieuw in de agenda", mail, StringComparison.Ordinal);
        Assert.Contains("Webinar: reageren als omstaander online", mail, StringComparison.Ordinal);
        Assert.Contains(onTheme, mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Vorming sport en samenleven", mail, StringComparison.Ordinal);

        // "Mijn gegevens" offers the community data next to the course data.
        await staff.GotoAsync("/leren/mijn-gegevens");
        await Assertions.Expect(staff.Locator("a#gemeenschap-gegevens-download")).ToBeVisibleAsync();
        await Shot(staff, "leren-43-mijn-gegevens-gemeenschap");
    }

    /// <returns>The event's path.</returns>
    private static async Task<string> PublishEventAsync(IPage organiser, string title, DateTime start, string theme, string? shot)
    {
        await organiser.GotoAsync("/agenda/nieuw");
        await organiser.Locator("#title").FillAsync(title);
        await organiser.Locator("#type").SelectOptionAsync("Webinar");
        await organiser.Locator("#description").FillAsync("Een uur met voorbeelden en oefeningen.");
        await organiser.Locator("#starts-at").FillAsync(Local(start));
        await organiser.Locator("#ends-at").FillAsync(Local(start.AddHours(1)));
        await organiser.Locator("#online-url").FillAsync("https://video.example.org/omstaanders");
        await organiser.Locator("#capacity").FillAsync("40");
        await organiser.Locator("#is-public").CheckAsync();
        await organiser.Locator($"#thema-{theme}").CheckAsync();
        if (shot is not null)
        {
            await Shot(organiser, shot);
        }

        await organiser.Locator("button#evenement-opslaan").ClickAsync();
        await Assertions.Expect(organiser.Locator("form#inschrijven")).ToBeVisibleAsync();
        return new Uri(organiser.Url).AbsolutePath;
    }

    /// <summary>Stands in for a day passing: the app stores SQLite times in EF's binary DateTimeOffset form.</summary>
    private static async Task MoveDigestWindowBackAsync(AppProcess app, CancellationToken ct)
    {
        var twoDaysAgo = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow.AddDays(-2))!;
        await using var connection = new SqliteConnection("Data Source=" + Path.Combine(app.DataDirectory, "samenspraak.db"));
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE CommunityDigestPreferences SET LastSentAt = $at";
        command.Parameters.AddWithValue("$at", twoDaysAgo);
        Assert.True(await command.ExecuteNonQueryAsync(ct) >= 1);
    }
}
