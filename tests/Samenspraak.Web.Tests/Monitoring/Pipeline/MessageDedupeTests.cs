using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Pipeline;

/// <summary>
/// What counts as the same message, on both providers. Stop 8 narrowed the fingerprint's unique index to messages
/// without an external id (with one, the id index alone decides): these cases pin the behaviour that must not change.
/// </summary>
public abstract class MessageDedupeTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private async Task<IngestOutcome[]> IngestAsync(Web.Monitoring.Channels.Channel channel, params IncomingMessage[] items) =>
        [.. (await MonitoringTestData.IngestAsync(app.Services, channel, items)).Select(r => r.Outcome)];

    private Task<Web.Monitoring.Channels.Channel> ChannelAsync() =>
        MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Dubbels " + Guid.NewGuid().ToString("N")[..6]);

    [Fact]
    public async Task WithAnIdTheIdAloneDecides()
    {
        var channel = await ChannelAsync();

        var first = await IngestAsync(channel,
            new IncomingMessage("x1", "Het zwembad blijft dicht.", "anna", Noon, null, null),
            new IncomingMessage("x2", "Het zwembad blijft dicht.", "anna", Noon, null, null));
        // The same id again, edited and by someone else: still the same post. Trailing spaces are not a new id.
        var again = await IngestAsync(channel,
            new IncomingMessage("x1", "Het zwembad blijft dicht, schandalig!", "bert", Noon.AddHours(1), null, null),
            new IncomingMessage(" x2 ", "Het zwembad blijft dicht.", "anna", Noon, null, null),
            new IncomingMessage("x3", "Het zwembad blijft dicht.", "anna", Noon, null, null));

        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Accepted], first);
        Assert.Equal([IngestOutcome.Duplicate, IngestOutcome.Duplicate, IngestOutcome.Accepted], again);
        var stored = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        Assert.Equal(["x1", "x2", "x3"], stored.Select(m => m.ExternalId));
        Assert.Equal("Het zwembad blijft dicht.", stored[0].Text);
    }

    [Fact]
    public async Task WithoutAnIdTextAuthorAndMinuteDecide()
    {
        var channel = await ChannelAsync();

        var first = await IngestAsync(channel,
            new IncomingMessage(null, "Het zwembad blijft dicht.", "anna", Noon, null, null),
            // Same text, author and minute, other spacing and case, in the same batch: one message.
            new IncomingMessage(null, "  het   ZWEMBAD blijft dicht. ", "anna", Noon.AddSeconds(30), null, null));
        var again = await IngestAsync(channel,
            new IncomingMessage("", "Het zwembad blijft dicht.", "anna", Noon, null, null),
            new IncomingMessage(null, "Het zwembad blijft dicht.", "bert", Noon, null, null),
            new IncomingMessage(null, "Het zwembad blijft dicht.", "anna", Noon.AddMinutes(1), null, null),
            // With an id the same text is another post: the id decides, not the text.
            new IncomingMessage("y1", "Het zwembad blijft dicht.", "anna", Noon, null, null));

        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Duplicate], first);
        Assert.Equal([IngestOutcome.Duplicate, IngestOutcome.Accepted, IngestOutcome.Accepted, IngestOutcome.Accepted], again);
        Assert.Equal(4, (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Count);
    }

    [Fact]
    public async Task TheSameIdInAnotherChannelIsAnotherMessage()
    {
        var one = await ChannelAsync();
        var other = await ChannelAsync();

        var first = await IngestAsync(one, new IncomingMessage("z1", "Markt op het plein.", null, Noon, null, null),
            new IncomingMessage(null, "Zonder id.", null, Noon, null, null));
        var second = await IngestAsync(other, new IncomingMessage("z1", "Markt op het plein.", null, Noon, null, null),
            new IncomingMessage(null, "Zonder id.", null, Noon, null, null));

        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Accepted], first);
        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Accepted], second);
    }
}

public sealed class SqliteMessageDedupeTests(SqliteAppFixture app) : MessageDedupeTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMessageDedupeTests(PostgresAppFixture app) : MessageDedupeTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
