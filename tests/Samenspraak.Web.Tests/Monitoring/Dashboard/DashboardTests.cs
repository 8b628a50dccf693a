using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Themes;

namespace Samenspraak.Web.Tests.Monitoring.Dashboard;

/// <summary>Dashboard, exports and the indicator series on real databases: figures, roles and isolation.</summary>
public abstract class DashboardTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string Marker = "Speeltuin Kerkplein";

    private async Task SeedAsync()
    {
        var channel = await TrendsData.ChannelAsync(app.Services, app.World.Home.Id, "Dashboardkanaal");
        var now = DateTimeOffset.UtcNow;
        await TrendsData.MessagesAsync(app.Services, app.World.Home.Id, channel,
        [
            ("d1", now.AddMinutes(-3), $"De {Marker} is eindelijk open, merci aan de groendienst"),
            ("d2", now.AddMinutes(-2), "Die vuile asielzoekers zijn allemaal ratten, buiten met dat volk"),
            ("d3", now.AddMinutes(-1), "Wanneer wordt de bib terug geopend na de verbouwing?"),
        ]);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(app.World.Home.Id);
    }

    [Fact]
    public async Task Indicator_series_equal_the_shares_computed_from_the_messages_and_stay_within_the_municipality()
    {
        await SeedAsync();
        var to = DateOnly.FromDateTime(Samenspraak.Web.Shell.BelgianTime.ToLocal(DateTimeOffset.UtcNow).DateTime);
        var from = to.AddDays(-60);
        await using var scope = app.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IndicatorCatalog>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var home = await db.Set<Message>().IgnoreTenantFilter()
            .Where(m => m.MunicipalityId == app.World.Home.Id && m.AnalysisState == AnalysisState.Analysed).Select(m => m.Flags).ToListAsync();

        var hate = await catalog.GetSeriesAsync(MonitoringIndicatorSource.ShareKey(Signal.Hate), app.World.Home.Id, from, to, IndicatorPeriod.Month);
        var volume = await catalog.GetSeriesAsync(MonitoringIndicatorSource.VolumeKey, app.World.Home.Id, from, to, IndicatorPeriod.Month);
        var foreignVolume = await catalog.GetSeriesAsync(MonitoringIndicatorSource.VolumeKey, app.World.Foreign.Id, from, to, IndicatorPeriod.Month);

        Assert.NotNull(hate);
        Assert.Contains(catalog.Definitions, d => d.Key == "monitoring.share.harmful");
        Assert.Equal(home.Count, volume!.Points.Sum(p => (int)p.Value));
        var expectedShare = 100.0 * home.Count(f => f.Has(Signal.Hate)) / home.Count;
        var total = hate.Points.Sum(p => p.Count);
        Assert.Equal(expectedShare, hate.Points.Sum(p => p.Value * p.Count) / total, 1);
        Assert.True(hate.Points.Sum(p => p.Value) > 0);
        Assert.DoesNotContain(foreignVolume!.Points, p => p.Value >= home.Count);
    }

    [Fact]
    public async Task A_mandataris_reads_the_dashboard_with_tables_but_no_message_text_and_exports_work()
    {
        await SeedAsync();
        var official = await app.ClientAsync(Principal.Official);

        var html = await official.GetStringAsync("/dashboard?dagen=7");
        var csv = await official.GetStringAsync("/dashboard/export.csv?dagen=7");
        var xlsx = await official.GetByteArrayAsync("/dashboard/export.xlsx?dagen=7");
        var themes = await official.GetAsync("/themas");

        Assert.Contains("id=\"dashboard-dagen\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"dashboard-signalen\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("merci aan de groendienst", html, StringComparison.Ordinal);
        var lines = csv.Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("Dag,Geanalyseerde berichten,Schadelijk,Haatspraak", lines[0], StringComparison.Ordinal);
        Assert.True(int.Parse(lines[^1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture) >= 3);
        Assert.Equal((byte)'P', xlsx[0]);
        Assert.Equal((byte)'K', xlsx[1]);
        // Theme pages show message texts: not for mandatarissen.
        Assert.Equal(HttpStatusCode.Redirect, themes.StatusCode);
    }

    [Fact]
    public async Task Another_municipality_sees_its_own_empty_dashboard()
    {
        await SeedAsync();
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);

        var csv = await foreign.GetStringAsync("/dashboard/export.csv?dagen=7");

        var todayCount = int.Parse(csv.Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[^1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, todayCount);
    }
}

public sealed class SqliteDashboardTests(SqliteAppFixture app) : DashboardTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresDashboardTests(PostgresAppFixture app) : DashboardTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
