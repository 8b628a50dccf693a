using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Themes;

namespace Samenspraak.Web.Tests.Monitoring.Alerts;

/// <summary>
/// Gives the home municipality a channel with a handful of analysed messages and runs the real theme job over
/// them, so the matrix has a home theme ("trends.home-theme") that a foreign admin must get 404 for.
/// It lives in this namespace on purpose: seeders run in full-name order, and it must run before the core
/// MonitoringWorldSeeder, whose still-pending messages would otherwise hold the theme job's cursor (by design the
/// job never passes a pending message) so no theme would exist yet.
/// </summary>
internal sealed class TrendsWorldSeeder : IWorldSeeder
{
    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        var channel = await TrendsData.ChannelAsync(services, world.Home.Id, "Trends testkanaal");
        var now = DateTimeOffset.UtcNow;
        await TrendsData.MessagesAsync(services, world.Home.Id, channel,
        [
            ("p1", now.AddHours(-3), "Het nieuwe circulatieplan is een ramp voor de handelaars #circulatieplan"),
            ("p2", now.AddHours(-2), "Door het circulatieplan sta ik elke dag in de file #circulatieplan"),
            ("p3", now.AddHours(-1), "Weg met dat circulatieplan, de handelaars gaan failliet #circulatieplan"),
        ]);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(world.Home.Id);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var theme = await db.Set<Theme>().IgnoreTenantFilter().Where(t => t.MunicipalityId == world.Home.Id).OrderBy(t => t.Id).FirstAsync();
        world.AddResource("trends.home-theme", theme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A home alert rule for the matrix row of its edit page (a foreign admin must get 404).
        var rule = new Web.Monitoring.Alerts.AlertRule
        {
            Id = Guid.NewGuid(), MunicipalityId = world.Home.Id, Name = "Matrixregel", Kind = Web.Monitoring.Alerts.AlertKind.Theme,
            ThemeId = theme.Id, Threshold = 1000, WindowHours = 24, CreatedAt = now,
        };
        db.Add(rule);
        await db.SaveChangesAsync();
        world.AddResource("trends.home-alert-rule", rule.Id.ToString());
    }
}
