using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>
/// The Monitoring resources of the test world: a channel of the home municipality (with a message and an API key)
/// and one of the foreign municipality.
/// </summary>
internal sealed class MonitoringWorldSeeder : IWorldSeeder
{
    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        var home = await MonitoringTestData.ChannelAsync(services, world.Home.Id, "Facebookpagina Teststad");
        var key = await MonitoringTestData.ApiKeyAsync(services, home);
        await MonitoringTestData.IngestAsync(services, home,
            new IncomingMessage("wereld-1", "Mooi initiatief van de stad, bedankt!", "buurtbewoner", DateTimeOffset.UtcNow.AddHours(-1), null, null));
        var messages = await MonitoringTestData.MessagesAsync(services, home.Id);
        var foreign = await MonitoringTestData.ChannelAsync(services, world.Foreign.Id, "Forum Andergem");

        world.AddResource("monitoring.home-channel", home.Id.ToString());
        world.AddResource("monitoring.home-channel-key", key);
        world.AddResource("monitoring.home-message", messages[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        world.AddResource("monitoring.foreign-channel", foreign.Id.ToString());
    }
}
