using System.Net;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Feeds;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Feeds;

/// <summary>Without <c>Monitoring:Feeds:AllowPrivateAddresses</c> the poller refuses loopback, private and link-local targets.</summary>
public sealed class FeedAddressGuardTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2a00:1450:4001:82a::200e", false)]
    public void ClassifiesAddresses(string address, bool blocked) =>
        Assert.Equal(blocked, FeedAddressGuard.IsBlocked(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:{0}/rss", "127.0.0.1")]
    [InlineData("http://localhost:{0}/rss", "localhost")]
    public async Task RefusesAPrivateAddressAlsoAfterDnsAndSendsNoRequest(string template, string host)
    {
        await using var server = new FeedTestServer();
        server.Map("/rss", new FeedReply(200, FeedSamples.Rss));
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, server.Port);
        var channel = await FeedTestData.ChannelAsync(app.Services, app.World.Home.Id, ChannelType.RssFeed, url);

        var result = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.False(result.Succeeded);
        Assert.Equal($"Het adres {host} verwijst naar de eigen server of een intern netwerk; Samenspraak haalt daar niets op.", result.Error);
        Assert.Empty(server.Requests);
        Assert.Equal(1, (await FeedTestData.ReloadAsync(app.Services, channel.Id)).ConsecutiveErrors);
    }
}
