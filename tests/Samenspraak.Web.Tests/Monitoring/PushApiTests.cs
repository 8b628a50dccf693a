using System.Net;
using System.Text;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>The push API on both providers: keys, formats, per-item errors, idempotency, and analysis afterwards.</summary>
public abstract class PushApiTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static async Task<HttpResponseMessage> PushAsync(HttpClient client, Guid channelId, string? key, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/channels/{channelId}/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task AcceptsAnArrayReportsDuplicatesOnRetryAndTheWorkerAnalysesEverything()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Push " + Guid.NewGuid().ToString("N")[..6]);
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        var client = app.Factory.CreateBrowserClient();
        const string body = """
            [
              {"id": "p1", "text": "Die vluchtelingen zijn ratten, weg ermee!", "author": "@boze_burger", "publishedAt": "2026-11-20T10:00:00Z"},
              {"id": 2, "text": "Fijne markt vandaag op het plein.", "author": "marktfan", "url": "https://voorbeeld.be/post/2"},
              {"id": "p3", "text": "", "author": "leeg"},
              {"id": "p4", "text": "Antwoord op p1: zo praat je niet over mensen.", "replyTo": "p1", "publishedAt": "gisteren"},
              {"text": "Zonder id, toch welkom.", "author": "anoniem"}
            ]
            """;

        var first = await PushAsync(client, channel.Id, key, body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var result = await JsonAsync(first);
        Assert.Equal(3, result.GetProperty("accepted").GetInt32());
        Assert.Equal(0, result.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, result.GetProperty("rejected").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([2, 3], errors.Select(e => e.GetProperty("index").GetInt32()));
        Assert.Equal("tekst ontbreekt", errors[0].GetProperty("error").GetString());
        Assert.Contains("publishedAt", errors[1].GetProperty("error").GetString(), StringComparison.Ordinal);

        // A retry of the same request stores nothing twice.
        var second = await JsonAsync(await PushAsync(client, channel.Id, key, body));
        Assert.Equal(0, second.GetProperty("accepted").GetInt32());
        Assert.Equal(3, second.GetProperty("duplicates").GetInt32());

        var messages = await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, 3);
        Assert.Equal(3, messages.Count);
        var hateful = messages.Single(m => m.ExternalId == "p1");
        Assert.True(hateful.Harmful);
        Assert.True(hateful.Flags.Has(Samenspraak.Analysis.Signal.Dehumanisation));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), hateful.PublishedAt);
        Assert.NotNull(hateful.ModelVersion);
        Assert.NotEmpty(MessageEvidence.Parse(hateful.EvidenceJson));
        var friendly = messages.Single(m => m.ExternalId == "2");
        Assert.False(friendly.Harmful);
        Assert.Equal("https://voorbeeld.be/post/2", friendly.Url);
        // Pseudonymised, no raw handle (the channel did not opt in).
        Assert.All(messages, m => Assert.Null(m.RawHandle));
        Assert.All(messages, m => Assert.Matches("^[0-9a-f]{32}$", m.AuthorPseudonym!));
        Assert.DoesNotContain(messages, m => m.AuthorPseudonym!.Contains("boze", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcceptsNdjsonAndReportsABrokenLineByItsPosition()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "NDJSON " + Guid.NewGuid().ToString("N")[..6]);
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        var body = "{\"id\":\"n1\",\"text\":\"Eerste bericht\"}\n{kapot\n\n{\"id\":\"n2\",\"text\":\"Tweede bericht\",\"author\":[1]}\n{\"id\":\"n3\",\"text\":\"Derde bericht\"}\n";

        var response = await PushAsync(app.Factory.CreateBrowserClient(), channel.Id, key, body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([1, 2], errors.Select(e => e.GetProperty("index").GetInt32()));
        Assert.Contains("author", errors[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesMissingRevokedAndForeignKeysInDutch()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Sleutels " + Guid.NewGuid().ToString("N")[..6]);
        var revoked = await MonitoringTestData.ApiKeyAsync(app.Services, channel, revoked: true);
        var other = await MonitoringTestData.ChannelAsync(app.Services, app.World.Foreign.Id, "Ander kanaal");
        var otherKey = await MonitoringTestData.ApiKeyAsync(app.Services, other);
        var client = app.Factory.CreateBrowserClient();
        const string body = """[{"text":"hallo"}]""";

        var missing = await PushAsync(client, channel.Id, null, body);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("X-Api-Key", (await JsonAsync(missing)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var withRevoked = await PushAsync(client, channel.Id, revoked, body);
        Assert.Equal(HttpStatusCode.Unauthorized, withRevoked.StatusCode);
        Assert.Contains("ingetrokken", (await JsonAsync(withRevoked)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A valid key of another municipality's channel does not open this channel.
        var foreign = await PushAsync(client, channel.Id, otherKey, body);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(await MonitoringTestData.MessagesAsync(app.Services, channel.Id));
    }

    [Fact]
    public async Task RefusesBadBodiesWithoutLosingEarlierItemsOnRetry()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Fout " + Guid.NewGuid().ToString("N")[..6]);
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        var client = app.Factory.CreateBrowserClient();

        var notJson = await PushAsync(client, channel.Id, key, "[{\"text\":\"a\"}, {oeps");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("geen geldige JSON", (await JsonAsync(notJson)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var wrongType = await PushAsync(client, channel.Id, key, "text=hallo", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);

        // Above the push API's 32 MiB: refused before anything is read, with a Dutch problem naming the limit.
        var tooLarge = await PushAsync(client, channel.Id, key, "[" + string.Join(',', Enumerable.Repeat("{\"text\":\"" + new string('x', 4000) + "\"}", 8400)) + "]");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("hoogstens 32 MiB", (await JsonAsync(tooLarge)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // More items than allowed in one request (all without text, so nothing would be stored anyway).
        var tooMany = await PushAsync(client, channel.Id, key, string.Concat(Enumerable.Repeat("{\"text\":\"\"}\n", 100_001)), "application/x-ndjson");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Contains("100000 berichten", (await JsonAsync(tooMany)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await MonitoringTestData.MessagesAsync(app.Services, channel.Id));
    }

    [Fact]
    public async Task TakesBodiesFarAboveTheGeneralApiLimitAsNdjson()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Groot " + Guid.NewGuid().ToString("N")[..6]);
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        // 6,000 items and about 2 MB: above the old 5,000 items and the rest of the API's 1 MB.
        var lines = Enumerable.Range(0, 6000).Select(i =>
            $"{{\"id\":\"g{i}\",\"text\":\"Bericht {i} over de heraanleg van het marktplein en de nieuwe parkeerregeling in het centrum. {new string('z', 230)}\"}}");
        var body = string.Join('\n', lines);
        Assert.True(Encoding.UTF8.GetByteCount(body) > 2_000_000);

        var response = await PushAsync(app.Factory.CreateBrowserClient(), channel.Id, key, body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.Equal(6000, result.GetProperty("accepted").GetInt32());
        Assert.Equal(0, result.GetProperty("rejected").GetInt32());
        Assert.Equal(6000, (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Count);

        // The rest of the API keeps its 1 MB limit.
        var other = await app.Factory.CreateBrowserClient().PostAsync("/api/v1/municipalities",
            new StringContent("{\"name\":\"" + new string('x', 1_100_000) + "\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, other.StatusCode);
    }

    [Fact]
    public async Task InactiveChannelRefusesPushes()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Uit", active: false);
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);

        var response = await PushAsync(app.Factory.CreateBrowserClient(), channel.Id, key, """[{"text":"hallo"}]""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("niet actief", (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqlitePushApiTests(SqliteAppFixture app) : PushApiTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPushApiTests(PostgresAppFixture app) : PushApiTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
