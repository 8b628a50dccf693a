using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Platform;

/// <summary>
/// Background work in the audit log, in a real Chromium against the real application: the demo redacteur's bulk
/// import runs in the background worker, and the platform admin then finds its entries under the redacteur's name;
/// the system's own jobs (the theme job on the demo messages) appear as "Systeem (…)" with the job's name.
/// Screenshots: TestResults/screenshots/acting-user-*.png.
/// </summary>
public sealed partial class ActingUserJourneyTests
{
    private const string Redacteur = "redacteur@demostad.samenspraak.local";
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    [Fact]
    public async Task TheAuditLogNamesTheCuratorOfABackgroundImportAndTheSystemJobs()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(ct);
        var (adminEmail, adminPassword) = FirstRunBanner.Admin(app.Output);
        var demoPassword = DemoPassword().Match(app.Output) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("No demo password in the first-run banner.");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var marker = $"Namens redacteur {Guid.NewGuid():N}"[..26];
        var folder = Directory.CreateTempSubdirectory("acting-user-");

        // The redacteur imports two items; the import itself runs in the background worker.
        await LogInAsync(page, Redacteur, demoPassword);
        var file = Path.Combine(folder.FullName, "namens.csv");
        await File.WriteAllBytesAsync(file, Encoding.UTF8.GetBytes(
            "Type;Title;Summary;Themes\r\n" + $"praktijk;{marker} 1;Eerste.;polarisatie\r\n" + $"tool;{marker} 2;Tweede.;polarisatie\r\n"), ct);
        await page.GotoAsync("/kennisbank/importeren");
        await page.Locator("#bestand").SetInputFilesAsync(file);
        await page.Locator("button#controleren").ClickAsync();
        await Assertions.Expect(page.Locator("table#importwijzigingen")).ToContainTextAsync(marker);
        await page.Locator("button#importeren").ClickAsync();
        await Assertions.Expect(page.Locator("section#importverslag")).ToContainTextAsync("2 nieuw", new() { Timeout = 180_000 });
        await page.Locator("form#uitloggen button").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToHaveCountAsync(0);

        // The admin finds the import's entries under the redacteur's name, both the module's and the data layer's.
        await LogInAsync(page, adminEmail, adminPassword);
        await page.GotoAsync("/beheer/audit?gebruiker=redacteur&actie=knowledge.imported");
        var imported = page.Locator("table#auditlog tr.audit-entry");
        await Assertions.Expect(imported).ToHaveCountAsync(2);
        await Assertions.Expect(imported.First).ToContainTextAsync(Redacteur);
        await page.GotoAsync("/beheer/audit?gebruiker=redacteur&actie=entity.added");
        await Assertions.Expect(page.Locator("table#auditlog tr.audit-entry").Filter(new() { HasText = "KnowledgeItem" }).First).ToContainTextAsync(Redacteur);
        await page.GotoAsync("/beheer/audit?gebruiker=redacteur");
        await Shot(page, "acting-user-01-import-door-redacteur");

        // The theme job works through the demo messages as the system, under its own name.
        var system = page.Locator("table#auditlog tr.audit-entry").Filter(new() { HasText = "Systeem (thema's bijwerken)" });
        for (var attempt = 0; attempt < 90 && await system.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/beheer/audit?gebruiker=system:monitoring");
            if (await system.CountAsync() == 0) await Task.Delay(2_000, ct);
        }

        await Assertions.Expect(system.First).ToBeVisibleAsync();
        await Shot(page, "acting-user-02-systeemtaken", fullPage: false); // hundreds of rows: the first screen says it
        folder.Delete(recursive: true);
    }

    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();
    }

    private static Task Shot(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = fullPage });

    [GeneratedRegex(@"Demogemeente[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
