using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Shell;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>
/// A KPI bound to Monitoring's indicator, fed by Monitoring's real path: messages ingested, analysed by the running
/// worker, aggregated by the theme job. The KPI must show exactly what a recount of the stored messages gives, and
/// never another municipality's messages.
/// </summary>
public abstract class MonitoringKpiBindingTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly string[] Hateful =
    [
        "Al die moslims zijn ratten, ze moeten allemaal het land uit.",
        "Vuile makakken, rot op naar jullie eigen land.",
        "Die asielzoekers zijn parasieten die we moeten uitroeien.",
    ];

    private static readonly string[] Ordinary =
    [
        "Wanneer gaat het zwembad in de Molenwijk terug open?",
        "Mooi initiatief van de bibliotheek, de voorleesnamiddag was een succes.",
        "De nieuwe fietsstraat is een verbetering, alleen de verlichting mag beter.",
        "Bedankt aan de vrijwilligers van de buurtfeesten!",
    ];

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task A_kpi_bound_to_the_harmful_share_equals_a_recount_of_the_analysed_messages()
    {
        var home = app.World.Home.Id;
        var foreign = app.World.Foreign.Id;
        var now = DateTimeOffset.UtcNow;
        var homeChannel = await MonitoringTestData.ChannelAsync(app.Services, home, "KPI-kanaal");
        var foreignChannel = await MonitoringTestData.ChannelAsync(app.Services, foreign, "KPI-kanaal elders");
        IncomingMessage Item(string id, string text) => new(id, text, "auteur-" + id, now.AddMinutes(-1), null, null);
        await MonitoringTestData.IngestAsync(app.Services, homeChannel,
            [.. Hateful.Select((t, i) => Item($"h{i}", t)), .. Ordinary.Select((t, i) => Item($"o{i}", t))]);
        // The foreign municipality is all hate: if any of it leaked into the home KPI, the share would move.
        await MonitoringTestData.IngestAsync(app.Services, foreignChannel, [.. Hateful.Select((t, i) => Item($"f{i}", t))]);
        var analysed = await MonitoringTestData.AnalysedAsync(app.Services, homeChannel.Id, Hateful.Length + Ordinary.Length);
        await MonitoringTestData.AnalysedAsync(app.Services, foreignChannel.Id, Hateful.Length);
        Assert.Contains(analysed, m => m.Harmful);
        Assert.Contains(analysed, m => !m.Harmful);
        await AllAnalysedAsync(home);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(home);
            await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(foreign);
        }

        var (total, harmful) = await RecountThisMonthAsync(home);
        var expected = Math.Round(100.0 * harmful / total, 2);

        var plan = await StorePlanAsync(home);
        var staff = await app.ClientAsync(Principal.Staff);
        var bound = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/kpis/nieuw", "id=\"kpi\"",
            [F("Input.Name", "Aandeel schadelijke reacties"), F("Input.IndicatorKey", MonitoringIndicatorSource.HarmfulKey), F("Input.Target", "5"), F("Input.Unit", "%")]);
        Assert.Equal(HttpStatusCode.Found, bound.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Set<ActionPlan>().IgnoreTenantFilter().Include(p => p.Kpis).SingleAsync(p => p.Id == plan.Id);
            var kpi = Assert.Single(stored.Kpis, k => k.IndicatorKey == MonitoringIndicatorSource.HarmfulKey);
            var result = await scope.ServiceProvider.GetRequiredService<KpiValues>().ForAsync(stored, kpi);
            Assert.False(result.IndicatorMissing);
            var month = result.Points[^1];
            Assert.Equal(ThisMonth(), month.On);
            Assert.Equal(expected, month.Value, 2);
            Assert.Equal(total, month.Count);
            Assert.Equal(expected, result.Current);
        }

        // The page shows the same figure in its data table, as a Dutch reader reads it.
        var html = await PageForm.HtmlAsync(staff, PageForm.Location(bound)!);
        var table = html[html.IndexOf("id=\"kpi-waarden\"", StringComparison.Ordinal)..];
        var nl = new CultureInfo("nl-BE");
        Assert.Contains($"<th scope=\"row\">{ThisMonth().ToString("d", nl)}</th><td>{expected.ToString("0.##", nl)}</td><td>{total.ToString(nl)}</td>", table);
    }

    private static DateOnly ThisMonth()
    {
        var today = BelgianTime.DateOf(DateTimeOffset.UtcNow);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>The world seeders may hold messages of the home municipality too; all must be analysed before the theme job counts.</summary>
    private async Task AllAnalysedAsync(Guid municipality)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Set<Message>().IgnoreTenantFilter().AnyAsync(m => m.MunicipalityId == municipality && m.AnalysisState != AnalysisState.Analysed))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "The analysis worker did not finish the municipality's messages.");
            await Task.Delay(200);
        }
    }

    /// <summary>An independent count from the stored messages: this Belgian month, analysed, harmful or not.</summary>
    private async Task<(int Total, int Harmful)> RecountThisMonthAsync(Guid municipality)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Set<Message>().IgnoreTenantFilter().AsNoTracking().Where(m => m.MunicipalityId == municipality)
            .Select(m => new { m.PublishedAt, m.Harmful }).ToListAsync();
        var month = ThisMonth();
        var inMonth = rows.Where(r =>
        {
            var day = BelgianTime.DateOf(r.PublishedAt);
            return day >= month && day < month.AddMonths(1);
        }).ToList();
        return (inMonth.Count, inMonth.Count(r => r.Harmful));
    }

    private async Task<ActionPlan> StorePlanAsync(Guid municipality)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var year = ThisMonth().Year;
        var plan = PlanFactory.Create("Plan met Monitoring-KPI", year, year + 1, null, null, PlanStart.Empty, null, DateTimeOffset.UtcNow);
        ActionPlanWorld.AddOwner(plan, app.World[Principal.Staff].Id);
        ActionPlanWorld.Own(plan, municipality);
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }
}

public sealed class SqliteMonitoringKpiBindingTests(SqliteAppFixture app) : MonitoringKpiBindingTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMonitoringKpiBindingTests(PostgresAppFixture app) : MonitoringKpiBindingTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
