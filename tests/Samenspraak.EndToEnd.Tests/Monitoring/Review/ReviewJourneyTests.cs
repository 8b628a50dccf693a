using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Monitoring.Review;

/// <summary>
/// A Medewerker of the demo municipality reviews a message in a real Chromium: opens Signalen, sees the message
/// with its exposing details masked, opens it (evidence highlighted), confirms it with the keyboard shortcut, and
/// finds it under "Bevestigd". Screenshots under TestResults/screenshots (review-*.png).
/// </summary>
public sealed partial class ReviewJourneyTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    private const string Text = "Die mensen zijn ratten. Bel hem op 0470 12 34 56 en zeg het hem.";

    [Fact]
    public async Task StaffReviewsAFlaggedMessage()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var password = DemoPassword().Match(app.Output) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(app.Output);
        var messageId = await SeedMessageAsync(app, ct);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync($"medewerker@{DemoData.DemoMailDomain}");
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();

        // The queue: reachable from the navigation, the phone number masked in the list.
        await page.GetByRole(AriaRole.Link, new() { Name = "Signalen", Exact = true }).First.ClickAsync();
        var row = page.Locator($"tr[data-message='{messageId}']");
        await Assertions.Expect(row).ToContainTextAsync("[afgeschermd]");
        Assert.DoesNotContain("0470 12 34 56", await page.Locator("table#signalen").InnerTextAsync());
        await Shot(page, "review-01-signalen");

        // Keyboard: j focuses the first message, Enter opens it.
        await page.Locator("body").PressAsync("j");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/signalen/{messageId}$"));
        await Assertions.Expect(page.Locator("#bericht-tekst mark.evidence").First).ToContainTextAsync("ratten");
        await Shot(page, "review-02-detail");

        // b confirms; the page comes back with the confirmation and the decision in the history.
        await page.Locator("body").PressAsync("b");
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync("Bevestigen: 1 bericht(en) bijgewerkt.");
        await Assertions.Expect(page.Locator("#beslissingen")).ToContainTextAsync("Bevestigd");
        await Shot(page, "review-03-bevestigd");

        // The open queue no longer lists it; the filter "Bevestigd" does.
        await page.GotoAsync("/signalen");
        await Assertions.Expect(page.Locator($"tr[data-message='{messageId}']")).ToHaveCountAsync(0);
        await page.Locator("#status").SelectOptionAsync("Bevestigd");
        await page.Locator("#signalen-filter button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-message='{messageId}']")).ToContainTextAsync("Bevestigd");
    }

    /// <summary>A channel and one analysed message of the demo municipality, written into the app's SQLite file.</summary>
    private static async Task<long> SeedMessageAsync(AppProcess app, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=" + Path.Combine(app.DataDirectory, "samenspraak.db")).Options;
        await using var db = new SqliteAppDbContext(options, SystemTenantContext.Instance);
        var municipality = await db.Municipalities.Where(x => x.Name.StartsWith("Demostad")).Select(x => x.Id).SingleAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var channel = new Channel { Id = Guid.NewGuid(), MunicipalityId = municipality, Name = "Facebookpagina (e2e)", Type = ChannelType.PushApi, CreatedAt = now, UpdatedAt = now };
        var message = new Message
        {
            MunicipalityId = municipality,
            ChannelId = channel.Id,
            Fingerprint = Guid.NewGuid().ToString("N"),
            Text = Text,
            AuthorPseudonym = "e2e-auteur",
            PublishedAt = now.AddMinutes(-30),
            ReceivedAt = now,
            AnalysisState = AnalysisState.Analysed,
            AnalysedAt = now,
            // The highest possible severity puts it first in the queue, whatever else the demo holds.
            MaxScore = 1f,
        };
        MessageAnalysis.From(TextAnalyzer.Default.Analyze(Text)).ApplyTo(message, now);
        message.MaxScore = 1f;
        db.AddRange(channel, message);
        await db.SaveChangesAsync(ct);
        return message.Id;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    [GeneratedRegex(@"allen hetzelfde wachtwoord\):[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
