using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// Gives the home municipality a channel with a handful of analysed messages and runs the real theme job over
/// them, so the matrix has a home theme ("trends.home-theme") that a foreign admin must get 404 for.
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
    }
}
