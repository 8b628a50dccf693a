using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Shell;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>The theme job on real databases, the theme pages and the themes API, with municipality isolation.</summary>
public abstract class ThemeTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<int> UpdateAsync(Guid municipality)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(municipality);
    }

    private async Task<List<Theme>> ThemesAsync(Guid municipality)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Theme>().IgnoreTenantFilter().AsNoTracking().Where(t => t.MunicipalityId == municipality).OrderBy(t => t.Id).ToListAsync();
    }

    [Fact]
    public async Task The_job_groups_messages_into_themes_once_and_marks_a_burst_as_new()
    {
        var home = app.World.Home.Id;
        var channel = await TrendsData.ChannelAsync(app.Services, home, "Zwembadforum");
        // All eight on today's Belgian date, also when the test runs just after midnight (the burst is counted per day).
        var now = DateTimeOffset.UtcNow;
        var local = BelgianTime.ToLocal(now);
        var midnight = new DateTimeOffset(local.Date, local.Offset);
        var earliest = now.AddMinutes(-17) > midnight ? now.AddMinutes(-17) : midnight;
        var ids = await TrendsData.MessagesAsync(app.Services, home, channel,
            Enumerable.Range(0, 8).Select(i => ($"z{i}", earliest + (now - earliest) * i / 8, $"Het zwembad Ter Beke is al maanden dicht, wanneer gaat het zwembad terug open? #zwembadterbeke dag {i}")));

        var assigned = await UpdateAsync(home);
        var again = await UpdateAsync(home);

        Assert.True(assigned >= ids.Count);
        Assert.Equal(0, again);
        var theme = Assert.Single(await ThemesAsync(home), t => t.Label.Contains("#zwembadterbeke", StringComparison.Ordinal));
        Assert.Equal(8, theme.MessageCount);
        // Eight messages today against an empty 28-day history: a new theme (Poisson burst, minimum count 5).
        Assert.Equal(TrendStatus.New, theme.DailyStatus);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.Set<ThemeDailyCount>().IgnoreTenantFilter().Where(c => c.ThemeId == theme.Id).SumAsync(c => c.Count);
        Assert.Equal(8, counts);
    }

    [Fact]
    public async Task A_pending_message_holds_the_cursor_so_it_is_themed_once_analysed()
    {
        var home = app.World.Home.Id;
        var channel = await TrendsData.ChannelAsync(app.Services, home, "Wachtrij");
        var now = DateTimeOffset.UtcNow;
        var ids = await TrendsData.MessagesAsync(app.Services, home, channel,
        [
            ("w1", now, "De nieuwe fietsstraat in de Molenwijk is gevaarlijk #fietsstraatmolenwijk"),
            ("w2", now, "Fietsstraat Molenwijk: auto's rijden er veel te snel #fietsstraatmolenwijk"),
            ("w3", now, "Wie heeft die fietsstraat in de Molenwijk bedacht #fietsstraatmolenwijk"),
        ]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<Samenspraak.Web.Monitoring.Messages.Message>().IgnoreTenantFilter().Where(m => m.Id == ids[0])
                // Leased far ahead, so the running background worker cannot analyse it behind the test's back.
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnalysisState, Samenspraak.Web.Monitoring.Messages.AnalysisState.Pending)
                    .SetProperty(m => m.LeasedUntil, DateTimeOffset.UtcNow.AddHours(1)));
        }

        await UpdateAsync(home);
        Assert.DoesNotContain(await ThemesAsync(home), t => t.Label.Contains("fietsstraatmolenwijk", StringComparison.Ordinal));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<Samenspraak.Web.Monitoring.Messages.Message>().IgnoreTenantFilter().Where(m => m.Id == ids[0])
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnalysisState, Samenspraak.Web.Monitoring.Messages.AnalysisState.Analysed));
        }
        await UpdateAsync(home);

        var theme = Assert.Single(await ThemesAsync(home), t => t.Label.Contains("fietsstraatmolenwijk", StringComparison.Ordinal));
        Assert.Equal(3, theme.MessageCount);
    }

    [Fact]
    public async Task The_theme_page_shows_volume_signals_examples_with_evidence_channels_campaign_and_guidance_from_the_knowledge_base()
    {
        var home = app.World.Home.Id;
        var channel = await TrendsData.ChannelAsync(app.Services, home, "Facebookpagina stad");
        var now = DateTimeOffset.UtcNow;
        const string copy = "Die vuile asielzoekers van het opvangcentrum De Linde zijn allemaal profiteurs, buiten met dat volk #geenopvangdelinde";
        await TrendsData.MessagesAsync(app.Services, home, channel,
            Enumerable.Range(0, 6).Select(i => ($"campagne-{i}", now.AddMinutes(-30 + i), copy + $" @buur{i}")));
        await UpdateAsync(home);
        var theme = Assert.Single(await ThemesAsync(home), t => t.Label.Contains("#geenopvangdelinde", StringComparison.Ordinal));
        var staff = await app.ClientAsync(Principal.Staff);

        var html = await staff.GetStringAsync($"/themas/{theme.Id}");

        Assert.Contains("id=\"thema-titel\"", html, StringComparison.Ordinal);
        Assert.Contains("#geenopvangdelinde", html, StringComparison.Ordinal);
        Assert.Contains("id=\"thema-volume\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("id=\"thema-signalen\"", html, StringComparison.Ordinal);
        Assert.Contains("Haatspraak", html, StringComparison.Ordinal);
        Assert.Contains("<mark", html, StringComparison.Ordinal);
        Assert.Contains("Facebookpagina stad", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Campaign\"", html, StringComparison.Ordinal);
        // The knowledge module is part of the application: the duiding section lists its matches, each with a reason.
        var duiding = html[html.IndexOf("id=\"thema-duiding\"", StringComparison.Ordinal)..];
        duiding = duiding[..duiding.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/kennisbank/", duiding, StringComparison.Ordinal);
        Assert.Contains("<em>", duiding, StringComparison.Ordinal);

        // Showing example texts is audited (ids and purpose, never the text).
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Details != null && a.Details.Contains("thema-voorbeeld")));
    }

    [Fact]
    public async Task Themes_api_lists_only_the_own_municipality_and_a_foreign_theme_is_404()
    {
        var foreign = app.World.Foreign.Id;
        var channel = await TrendsData.ChannelAsync(app.Services, foreign, "Andergem kanaal");
        var now = DateTimeOffset.UtcNow;
        await TrendsData.MessagesAsync(app.Services, foreign, channel,
            Enumerable.Range(0, 3).Select(i => ($"f{i}", now, $"Kermis op het dorpsplein van Andergem was leuk #kermisandergem {i}")));
        await UpdateAsync(foreign);
        var foreignTheme = Assert.Single(await ThemesAsync(foreign), t => t.Label.Contains("#kermisandergem", StringComparison.Ordinal));
        var staff = await app.ClientAsync(Principal.Staff);

        var list = await staff.GetFromJsonAsync<List<ThemeSummary>>("/api/v1/themes?limit=200", Web);
        var detail = await staff.GetAsync($"/api/v1/themes/{foreignTheme.Id}");
        var page = await staff.GetAsync($"/themas/{foreignTheme.Id}");
        var bad = await staff.GetAsync("/api/v1/themes?kind=onzin");

        Assert.NotNull(list);
        Assert.DoesNotContain(list, t => t.Id == foreignTheme.Id);
        Assert.Contains(list, t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == app.World.Resource("trends.home-theme"));
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_snapshot_source_quotes_only_the_named_municipality_most_recent_first()
    {
        var home = app.World.Home.Id;
        var foreign = app.World.Foreign.Id;
        var now = DateTimeOffset.UtcNow;
        var homeChannel = await TrendsData.ChannelAsync(app.Services, home, "Snapshotforum");
        var foreignChannel = await TrendsData.ChannelAsync(app.Services, foreign, "Snapshot elders");
        await TrendsData.MessagesAsync(app.Services, home, homeChannel,
            Enumerable.Range(0, 7).Select(i => ($"sn{i}", now.AddMinutes(-5 - i), $"Het nieuwe parkeerplan aan de Leiekaai kost handelaars klanten #parkeerplanleiekaai {i}")));
        await TrendsData.MessagesAsync(app.Services, foreign, foreignChannel,
            Enumerable.Range(0, 9).Select(i => ($"sf{i}", now.AddMinutes(-5 - i), $"De sluiting van de bibliotheek in Oosterveld is een schande #bibliotheekoosterveld {i}")));
        await UpdateAsync(home);
        await UpdateAsync(foreign);

        await using var scope = app.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<Samenspraak.Web.Platform.Themes.IThemeSnapshotSource>();
        var rows = await source.GetTopThemesAsync(home, 50);

        var parking = Assert.Single(rows, r => r.Label.Contains("#parkeerplanleiekaai", StringComparison.Ordinal));
        Assert.Equal(7, parking.RecentCount);
        Assert.Equal(Samenspraak.Web.Platform.Themes.ThemeTrend.New, parking.Trend);
        Assert.DoesNotContain(rows, r => r.Label.Contains("#bibliotheekoosterveld", StringComparison.Ordinal));
        Assert.Equal(rows.OrderByDescending(r => r.RecentCount).Select(r => r.RecentCount), rows.Select(r => r.RecentCount));
        Assert.Single(await source.GetTopThemesAsync(home, 1));
    }
}

public sealed class SqliteThemeTests(ThemeJobsOffSqliteFixture app) : ThemeTests<ThemeJobsOffSqliteFixture>(app), IClassFixture<ThemeJobsOffSqliteFixture>;

public sealed class PostgresThemeTests(ThemeJobsOffPostgresFixture app) : ThemeTests<ThemeJobsOffPostgresFixture>(app), IClassFixture<ThemeJobsOffPostgresFixture>;
