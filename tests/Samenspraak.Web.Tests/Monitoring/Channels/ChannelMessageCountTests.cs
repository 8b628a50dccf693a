using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Privacy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Channels;

/// <summary>
/// The per-channel message counts the triggers keep (ADR 008), on both providers. After every operation the counter
/// table is compared with a real COUNT(*) per channel over the whole database, so a path that adds or removes messages
/// without the counter following fails here, whichever channel it touched.
/// </summary>
public abstract class ChannelMessageCountTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task IngestCountsOnlyTheRowsItStoresThroughRetriesAndDuplicates()
    {
        var channel = await NewChannelAsync(app.World.Home.Id);
        await IngestAsync(channel, Item("a1"), Item("a2"), Item("a3"));
        Assert.Equal(3, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();

        // A retry of a batch of which two items are stored already.
        await IngestAsync(channel, Item("a2"), Item("a3"), Item("a4"));
        Assert.Equal(4, await CounterAsync(channel.Id));

        // Duplicates inside one batch, by external id and (without one) by fingerprint.
        await IngestAsync(channel, Item("a5"), Item("a5"), Item(null, "Zonder id."), Item(null, "Zonder id."), Item("a6"));
        Assert.Equal(7, await CounterAsync(channel.Id));

        // A batch of only duplicates changes nothing.
        await IngestAsync(channel, Item("a1"), Item(null, "Zonder id."));
        Assert.Equal(7, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task ConcurrentIngestIntoOneChannelStaysExact()
    {
        var channel = await NewChannelAsync(app.World.Home.Id);
        // Two writers at once on separate connections (as two instances would be), half of their items overlapping.
        var first = Enumerable.Range(0, 300).Select(i => Item("c" + i)).ToArray();
        var second = Enumerable.Range(150, 300).Select(i => Item("c" + i)).ToArray();
        await Task.WhenAll(
            Task.Run(async () => { foreach (var chunk in first.Chunk(50)) await IngestAsync(channel, chunk); }),
            Task.Run(async () => { foreach (var chunk in second.Chunk(50)) await IngestAsync(channel, chunk); }));

        Assert.Equal(450, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task DeletingAnAuthorsMessagesLowersTheCountOfEachChannel()
    {
        var one = await NewChannelAsync(app.World.Home.Id);
        var two = await NewChannelAsync(app.World.Home.Id);
        var author = "@wis-" + Guid.NewGuid().ToString("N")[..6];
        await IngestAsync(one, Item("x1", author: author), Item("x2", author: author), Item("x3"));
        await IngestAsync(two, Item("y1", author: author), Item("y2"));
        var pseudonym = (await MonitoringTestData.MessagesAsync(app.Services, one.Id)).First(m => m.ExternalId == "x1").AuthorPseudonym!;

        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/authors/{pseudonym}/messages")).StatusCode);

        Assert.Equal(1, await CounterAsync(one.Id));
        Assert.Equal(1, await CounterAsync(two.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task TheRetentionPurgeKeepsTheMessagesAndTheirCount()
    {
        var channel = await NewChannelAsync(app.World.Home.Id);
        await IngestAsync(channel, Item("old", at: Now.AddDays(-400)), Item("new"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync();
        }

        var messages = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        Assert.Equal("", messages.Single(m => m.ExternalId == "old").Text);
        Assert.Equal(2, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task RemovingAChannelRemovesItsCountAndLeavesTheOthers()
    {
        var gone = await NewChannelAsync(app.World.Home.Id);
        var kept = await NewChannelAsync(app.World.Home.Id);
        await IngestAsync(gone, Item("g1"), Item("g2"));
        await IngestAsync(kept, Item("k1"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // The database's cascade removes the messages, as for a municipality that is removed with its channels.
            Assert.Equal(1, await db.Set<Channel>().IgnoreTenantFilter().Where(c => c.Id == gone.Id).ExecuteDeleteAsync());
        }

        Assert.Empty(await MonitoringTestData.MessagesAsync(app.Services, gone.Id));
        Assert.DoesNotContain(gone.Id, (await CounterRowsAsync()).Select(r => r.ChannelId));
        Assert.Equal(1, await CounterAsync(kept.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task StartUpRecountsAnInstallationThatHadNoCountsAndIsCheapAfterwards()
    {
        var channel = await NewChannelAsync(app.World.Home.Id);
        await IngestAsync(channel, Item("b1"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // The state of a database of the previous version: no table, no triggers, messages stored.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
                ? "DROP TABLE \"ChannelMessageCounts\"; DROP TRIGGER \"Messages_ChannelCount_Added\" ON \"Messages\"; DROP TRIGGER \"Messages_ChannelCount_Removed\" ON \"Messages\""
                : "DROP TABLE \"ChannelMessageCounts\"; DROP TRIGGER \"Messages_ChannelCount_Added\"; DROP TRIGGER \"Messages_ChannelCount_Removed\"");
        }

        // Stored while nothing counted.
        await IngestAsync(channel, Item("b2"), Item("b3"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await ChannelMessageCounts.EnsureAsync(db);
            await ChannelMessageCounts.EnsureAsync(db);
        }

        Assert.Equal(3, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
        await IngestAsync(channel, Item("b4"));
        Assert.Equal(4, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task ManySmallWritesAreFoldedByTheReaderWithoutChangingTheCount()
    {
        var channel = await NewChannelAsync(app.World.Home.Id);
        for (var i = 0; i < ChannelMessageCounts.CompactAbove + 8; i++)
        {
            await IngestAsync(channel, Item("s" + i));
        }

        var rowsBefore = (await CounterRowsAsync()).Count(r => r.ChannelId == channel.Id);
        long read;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            read = await scope.ServiceProvider.GetRequiredService<ChannelMessageCounts>().ForChannelAsync(app.World.Home.Id, channel.Id);
        }

        Assert.Equal(ChannelMessageCounts.CompactAbove + 8, read);
        var rowsAfter = (await CounterRowsAsync()).Count(r => r.ChannelId == channel.Id);
        // SQLite keeps one row per channel; PostgreSQL one per writing transaction until a reader folds them.
        Assert.Equal(1, rowsAfter);
        Assert.True(rowsBefore >= 1);
        Assert.Equal(ChannelMessageCounts.CompactAbove + 8, await CounterAsync(channel.Id));
        await AssertCountersExactAsync();
    }

    [Fact]
    public async Task KanalenAndTheChannelPageShowTheCountsOfTheOwnMunicipalityOnly()
    {
        var home = await NewChannelAsync(app.World.Home.Id);
        var empty = await NewChannelAsync(app.World.Home.Id);
        var foreign = await NewChannelAsync(app.World.Foreign.Id);
        await IngestAsync(home, Item("p1"), Item("p2"), Item("p3"));
        await IngestAsync(foreign, Item("f1"));

        var staff = await app.ClientAsync(Principal.Staff);
        var list = await staff.GetStringAsync("/kanalen");
        Assert.Equal("3", CountCell(list, home.Id));
        Assert.Equal("0", CountCell(list, empty.Id));
        Assert.DoesNotContain(foreign.Name, list, StringComparison.Ordinal);

        var detail = await staff.GetStringAsync($"/kanalen/{home.Id}");
        Assert.Matches(@"<dt>Aantal berichten</dt><dd>3</dd>", detail);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/kanalen/{foreign.Id}")).StatusCode);

        var foreignAdmin = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        Assert.Equal("1", CountCell(await foreignAdmin.GetStringAsync("/kanalen"), foreign.Id));
    }

    private static string CountCell(string html, Guid channelId)
    {
        var match = Regex.Match(html, $"href=\"/kanalen/{channelId}\".*?<td class=\"num\">([^<]*)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"Channel {channelId} is not in the list.");
        return match.Groups[1].Value.Trim();
    }

    private Task<Channel> NewChannelAsync(Guid municipalityId) =>
        MonitoringTestData.ChannelAsync(app.Services, municipalityId, "Telling " + Guid.NewGuid().ToString("N")[..8]);

    private Task<IngestItemResult[]> IngestAsync(Channel channel, params IncomingMessage[] items) =>
        MonitoringTestData.IngestAsync(app.Services, channel, items);

    private static IncomingMessage Item(string? externalId, string? text = null, string author = "@lezer", DateTimeOffset? at = null) =>
        new(externalId, text ?? "Bericht " + externalId + " over de markt.", author, at ?? Now.AddHours(-1), null, null);

    private async Task<long> CounterAsync(Guid channelId) =>
        (await CounterRowsAsync()).Where(r => r.ChannelId == channelId).Sum(r => r.Messages);

    private async Task<List<CounterRow>> CounterRowsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Database.SqlQueryRaw<CounterRow>("SELECT \"ChannelId\", \"Messages\" FROM \"ChannelMessageCounts\"").ToListAsync();
    }

    /// <summary>The counter of every channel in the database equals COUNT(*) of its messages (zero rows: no messages).</summary>
    private async Task AssertCountersExactAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var real = await db.Set<Message>().IgnoreTenantFilter().GroupBy(m => m.ChannelId)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var counted = (await CounterRowsAsync()).GroupBy(r => r.ChannelId)
            .Select(g => (g.Key, Count: g.Sum(r => r.Messages))).Where(c => c.Count != 0).ToDictionary(c => c.Key, c => c.Count);
        Assert.Equal(real.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
    }

    private sealed record CounterRow(Guid ChannelId, long Messages);
}

public sealed class SqliteChannelMessageCountTests(SqliteAppFixture app)
    : ChannelMessageCountTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresChannelMessageCountTests(PostgresAppFixture app)
    : ChannelMessageCountTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
