using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenspraak.EndToEnd.Tests.Infrastructure;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.EndToEnd.Tests.Monitoring.Layout;

/// <summary>
/// Layout facts of the Monitoring pages in a real Chromium, measured rather than eyeballed, at a laptop (1280×900) and
/// a phone (390×844) viewport, with the demo data and an alert rule whose long name and deliveries once pushed the
/// rules table past the page: no page scrolls sideways as a whole; a table that is wider than its place scrolls inside
/// a labelled, keyboard-focusable region; the webhook URL field is as wide as the text fields of its form; the message
/// column of Signalen is the widest; the sticky side navigation fits in the window. Screenshots under
/// TestResults/screenshots (layout-*.png).
/// </summary>
public sealed partial class MonitoringLayoutTests
{
    private static readonly string Shots = TestEnvironment.ScreenshotDirectory();

    private static readonly string[] Pages = ["/signalen", "/meldingen", "/dashboard", "/themas", "/kanalen"];

    [Fact]
    public async Task MonitoringPagesFitTheWindowAtLaptopAndPhoneWidth()
    {
        TestEnvironment.RequireChromium();
        var ct = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartAsync(new AppProcessOptions { StartPatience = TimeSpan.FromMinutes(6) }, ct);
        var password = DemoPassword().Match(app.Output) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(app.Output);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync($"beheerder@{DemoData.DemoMailDomain}");
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Locator("button#inloggen").ClickAsync();
        await Assertions.Expect(page.Locator("form#uitloggen")).ToBeVisibleAsync();

        // The URL field of the rule form is a full-width field like the name field above it.
        await page.GotoAsync("/meldingen");
        var nameWidth = await WidthAsync(page, "form#nieuwe-regel #name");
        var urlWidth = await WidthAsync(page, "form#nieuwe-regel #webhook-url");
        Assert.True(urlWidth >= nameWidth - 1, $"webhook URL field {urlWidth}px is narrower than the name field {nameWidth}px");

        // A rule with every delivery and a long name: the widest rules table a municipality will have.
        await page.Locator("#name").FillAsync("Haatspraak op de Facebookpagina van de stad en het forum, meteen melden aan communicatie");
        await page.Locator("#regel-soort").SelectOptionAsync("Signal");
        await page.Locator("#regel-signaal").SelectOptionAsync("Hate");
        await page.Locator("#email").FillAsync($"communicatie@{DemoData.DemoMailDomain}");
        await page.Locator("#webhook-url").FillAsync("https://hooks.example.org/samenspraak/meldingen/haatspraak-facebook");
        await page.Locator("#regel-geheim").FillAsync("een-voldoende-lang-webhookgeheim-2026");
        await page.Locator("button#regel-opslaan").ClickAsync();
        await Assertions.Expect(page.Locator("table#meldingsregels tr[data-rule]")).ToHaveCountAsync(1);

        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                var facts = await LayoutFactsAsync(page);
                await Shot(page, $"layout-{path.Trim('/')}-{width}");
                Assert.True(facts.ScrollWidth <= facts.ViewportWidth,
                    $"{path} at {width}px scrolls sideways: document {facts.ScrollWidth}px wide; sticking out: {string.Join(", ", facts.Wide)}");
                Assert.True(facts.UnlabelledScrollers.Length == 0,
                    $"{path} at {width}px has tables that scroll without a labelled, focusable region: {string.Join(", ", facts.UnlabelledScrollers)}");
                if (width == 1280)
                {
                    Assert.True(facts.NavHeight <= height, $"{path}: the sticky side navigation ({facts.NavHeight}px) is taller than the window");
                }
            }
        }

        // Signalen at laptop width: the message is what a reviewer reads, so its column is the widest.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/signalen");
        var widths = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('table#signalen thead th')].map(th => th.getBoundingClientRect().width)");
        Assert.True(widths.Length > 2, "Signalen shows no table");
        Assert.Equal(widths.Max(), widths[1]);
    }

    private static Task<double> WidthAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().width");

    /// <summary>
    /// The document's width against the window's, the elements that stick out (outside any scrolling box), the
    /// tables wider than their scrolling box whose box is not a labelled, focusable region, and the side nav's height.
    /// </summary>
    private static async Task<LayoutFacts> LayoutFactsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const vw = window.innerWidth;
              const scrolls = el => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
              const wide = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.right <= vw + 1) continue;
                // Absolutely positioned content escapes a scrolling box unless something in between is positioned.
                const escapes = getComputedStyle(el).position === 'absolute';
                const clipsIt = a => scrolls(a) && (!escapes || getComputedStyle(a).position !== 'static');
                let a = el.parentElement;
                while (a && !clipsIt(a)) a = a.parentElement;
                if (!a) wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
              }
              const unlabelled = [...document.querySelectorAll('table')]
                .filter(t => t.parentElement && t.parentElement.scrollWidth > t.parentElement.clientWidth + 1)
                .filter(t => { const w = t.parentElement; return !(w.getAttribute('role') === 'region' && w.tabIndex === 0
                  && (w.getAttribute('aria-labelledby') || w.getAttribute('aria-label'))); })
                .map(t => 'table#' + t.id);
              const nav = document.querySelector('.side-nav');
              return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, viewportWidth: vw, wide: wide.slice(0, 10),
                unlabelledScrollers: unlabelled, navHeight: nav ? nav.getBoundingClientRect().height : 0 });
            }
            """);
        return JsonSerializer.Deserialize<LayoutFacts>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record LayoutFacts(double ScrollWidth, double ViewportWidth, string[] Wide, string[] UnlabelledScrollers, double NavHeight);

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    [GeneratedRegex(@"allen hetzelfde wachtwoord\):[\s\S]*?Wachtwoord:\s+(\S+)")]
    private static partial Regex DemoPassword();
}
