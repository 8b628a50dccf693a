using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Privacy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Monitoring.Feeds;

/// <summary>
/// Feed polling against a real HTTP server on 127.0.0.1 serving RSS 2.0, Atom 1.0 and Mastodon API responses:
/// plain text from HTML, pseudonymised authors, cursors sent on the next poll, duplicates skipped, and errors that
/// become Dutch messages with backoff (malformed XML, 500, 429 Retry-After, oversize responses).
/// </summary>
public abstract class FeedPollingTests<TFixture>(TFixture app) : IAsyncLifetime where TFixture : AppFixture
{
    private readonly FeedTestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Task<Channel> ChannelAsync(ChannelType type, string path, string? account = null, bool storeRawHandles = false, bool due = false) =>
        FeedTestData.ChannelAsync(app.Services, app.World.Home.Id, type, _server.BaseUrl + path, account, storeRawHandles, due);

    private async Task<string?> PseudonymAsync(string handle) =>
        (await app.Services.GetRequiredService<Pseudonymizer>().ForAsync(app.World.Home.Id)).Of(handle);

    [Fact]
    public async Task RssItemsBecomePlainTextWithPseudonymsAndARepollStoresNothingTwice()
    {
        _server.Map("/rss", new FeedReply(200, FeedSamples.Rss, "application/rss+xml; charset=utf-8"));
        var channel = await ChannelAsync(ChannelType.RssFeed, "/rss");

        var first = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(3, first.Accepted);
        Assert.Equal(1, first.Skipped); // the enclosure-only item has no text
        var messages = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        var bike = messages.Single(m => m.ExternalId == "forum-101");
        Assert.Equal("Nieuwe fietsstraat in de Kerkstraat\n\nVanaf maandag is de Kerkstraat een fietsstraat.\nAuto’s zijn te gast & mogen niet inhalen.", bike.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 7, 15, 0, TimeSpan.Zero), bike.PublishedAt);
        Assert.Equal("https://forum.teststad.be/t/fietsstraat/101", bike.Url);
        Assert.Equal(await PseudonymAsync("Fietsfan_Gent"), bike.AuthorPseudonym);
        Assert.Null(bike.RawHandle);
        var hate = messages.Single(m => m.ExternalId == "https://forum.teststad.be/t/nieuwkomers/102");
        Assert.Contains("Die nieuwkomers zijn ratten, weg ermee!\nIedereen weet het.", hate.Text, StringComparison.Ordinal);
        // No guid: the link identifies the item; a named zone (EST) still gives the date.
        var market = messages.Single(m => m.ExternalId == "https://forum.teststad.be/t/markt/103");
        Assert.Equal("Foto van de markt\n\nGezellige markt vandaag.", market.Text);
        Assert.Equal(new DateOnly(2026, 11, 18), DateOnly.FromDateTime(market.PublishedAt.UtcDateTime));
        Assert.DoesNotContain(messages, m => m.Text!.Contains("alert", StringComparison.Ordinal) || m.Text.Contains('<', StringComparison.Ordinal));

        var second = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Accepted);
        Assert.Equal(3, second.Duplicates);
        Assert.Equal(3, (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Count);
        var analysed = await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, 3);
        Assert.True(analysed.Single(m => m.Id == hate.Id).Harmful);
    }

    [Fact]
    public async Task AtomWithXhtmlAndHtmlContentAndTheETagIsSentOnTheNextPoll()
    {
        _server.Map("/atom", request => request.Headers["If-None-Match"] == "\"v1\""
            ? new FeedReply(304)
            : new FeedReply(200, FeedSamples.Atom, "application/atom+xml", new Dictionary<string, string> { ["ETag"] = "\"v1\"" }));
        var channel = await ChannelAsync(ChannelType.RssFeed, "/atom");

        var first = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(2, first.Accepted);
        var messages = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        var report = messages.Single(m => m.ExternalId == "tag:wijkraad.teststad.be,2026:verslag-17");
        Assert.Equal("Verslag van de wijkvergadering\n\nWe bespraken het speelplein en de verkeersveiligheid.\nMeer zitbanken\nEen zebrapad aan de school", report.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 18, 30, 0, TimeSpan.Zero), report.PublishedAt);
        Assert.Equal(await PseudonymAsync("Secretaris Wijkraad"), report.AuthorPseudonym);
        var reaction = messages.Single(m => m.ExternalId == "tag:wijkraad.teststad.be,2026:reactie-18");
        Assert.Equal("Reactie: moskee in de wijk\n\nDie moslims moeten allemaal het land uit.", reaction.Text);
        Assert.Equal("https://wijkraad.teststad.be/reactie-18", reaction.Url);

        var second = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Accepted + second.Duplicates);
        Assert.Equal([null, "\"v1\""], _server.RequestsTo("/atom").Select(r => r.IfNoneMatch));
    }

    [Fact]
    public async Task MastodonAccountIsLookedUpAndTheSinceIdCursorIsSentOnTheNextPoll()
    {
        _server.Map("/api/v1/accounts/lookup", request => request.QueryString["acct"] == "stad@mastodon.test"
            ? new FeedReply(200, FeedSamples.Account("109876", "stad@mastodon.test"), "application/json")
            : new FeedReply(404, """{"error":"Record not found"}""", "application/json"));
        _server.Map("/api/v1/accounts/109876/statuses", request => request.QueryString["since_id"] is null
            ? new FeedReply(200, FeedSamples.Statuses(
                FeedSamples.Status("113000000000000300", "stad", "<p>Vanavond <a href=\"https://mastodon.test/tags/raad\" class=\"mention hashtag\">#<span>raad</span></a> om 20u.</p>", "2026-11-20T18:00:00.000Z"),
                FeedSamples.Status("113000000000000250", "stad", "", "2026-11-20T12:00:00.000Z", reblog: new { id = "1" }),
                FeedSamples.Status("113000000000000200", "stad", "<p>Wegenwerken in de Stationsstraat.</p>", "2026-11-20T09:00:00.000Z", spoiler: "Verkeer")),
                "application/json")
            : new FeedReply(200, "[]", "application/json"));
        var channel = await ChannelAsync(ChannelType.MastodonAccount, "", "stad@mastodon.test", storeRawHandles: true);

        var first = await FeedTestData.PollAsync(app.Services, channel.Id);
        var second = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(2, first.Accepted);
        Assert.Equal(1, first.Skipped); // the boost
        Assert.True(second.Succeeded);
        var requests = _server.RequestsTo("/api/v1/accounts/109876/statuses");
        Assert.Equal(2, requests.Count);
        Assert.DoesNotContain("since_id", requests[0].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("since_id=113000000000000300", requests[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("113000000000000300", (await FeedTestData.ReloadAsync(app.Services, channel.Id)).Cursor);
        var messages = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        Assert.Equal(["113000000000000200", "113000000000000300"], messages.Select(m => m.ExternalId));
        Assert.Equal("Verkeer\n\nWegenwerken in de Stationsstraat.", messages[0].Text);
        Assert.Equal("Vanavond #raad om 20u.", messages[1].Text);
        // A local account gets the server's name, so the pseudonym is the same wherever the person is seen.
        Assert.Equal("stad@127.0.0.1", messages[0].RawHandle);
        Assert.Equal(await PseudonymAsync("stad@127.0.0.1"), messages[0].AuthorPseudonym);
        Assert.Equal("https://mastodon.test/@stad/113000000000000300", messages[1].Url);
        // The account's id is remembered: the second poll asked only for the statuses.
        Assert.Single(_server.RequestsTo("/api/v1/accounts/lookup"));
    }

    [Fact]
    public async Task AMastodonAccountWhoseStatusesAreGoneIsLookedUpAgainOnTheNextPoll()
    {
        var accountId = "109876";
        _server.Map("/api/v1/accounts/lookup", _ => new FeedReply(200, FeedSamples.Account(accountId, "verhuisd@mastodon.test"), "application/json"));
        _server.Map("/api/v1/accounts/109876/statuses", new FeedReply(404, """{"error":"Record not found"}""", "application/json"));
        _server.Map("/api/v1/accounts/200001/statuses", new FeedReply(200, "[]", "application/json"));
        var channel = await ChannelAsync(ChannelType.MastodonAccount, "", "verhuisd@mastodon.test");

        var gone = await FeedTestData.PollAsync(app.Services, channel.Id);
        accountId = "200001";
        var again = await FeedTestData.PollAsync(app.Services, channel.Id);

        Assert.False(gone.Succeeded);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(2, _server.RequestsTo("/api/v1/accounts/lookup").Count);
        Assert.Single(_server.RequestsTo("/api/v1/accounts/200001/statuses"));
    }

    [Fact]
    public async Task MastodonHashtagKeepsRepliesAndAnUnknownAccountIsADutchError()
    {
        _server.Map("/api/v1/timelines/tag/teststad", new FeedReply(200, FeedSamples.Statuses(
            FeedSamples.Status("900000000000000020", "kritisch@elders.social", "<p>Niet akkoord!</p>", "2026-11-21T10:05:00Z", inReplyTo: "900000000000000010"),
            FeedSamples.Status("900000000000000010", "jan@elders.social", "<p>Mooi nieuw plein in <a href=\"#\">#teststad</a></p>", "2026-11-21T10:00:00Z")),
            "application/json"));
        _server.Map("/api/v1/accounts/lookup", new FeedReply(404, """{"error":"Record not found"}""", "application/json"));
        var hashtag = await ChannelAsync(ChannelType.MastodonHashtag, "", "teststad");
        var account = await ChannelAsync(ChannelType.MastodonAccount, "", "bestaatniet@mastodon.test");

        var polled = await FeedTestData.PollAsync(app.Services, hashtag.Id);
        var failed = await FeedTestData.PollAsync(app.Services, account.Id);

        Assert.True(polled.Succeeded, polled.Error);
        var messages = await MonitoringTestData.MessagesAsync(app.Services, hashtag.Id);
        Assert.Equal("900000000000000010", messages.Single(m => m.ExternalId == "900000000000000020").ReplyToExternalId);
        Assert.Equal(await PseudonymAsync("jan@elders.social"), messages.Single(m => m.ExternalId == "900000000000000010").AuthorPseudonym);
        Assert.False(failed.Succeeded);
        Assert.Equal("Het Mastodon-account bestaatniet@mastodon.test bestaat niet op deze server.", failed.Error);
    }

    [Fact]
    public async Task MalformedXmlAndServerErrorsBackOffExponentiallyAndASuccessResetsIt()
    {
        var broken = true;
        _server.Map("/kapot", _ => broken
            ? new FeedReply(200, "<rss version=\"2.0\"><channel><item><title>Open", "application/rss+xml")
            : new FeedReply(200, FeedSamples.Rss, "application/rss+xml"));
        _server.Map("/fout", new FeedReply(500, "Internal Server Error", "text/plain"));
        var xml = await ChannelAsync(ChannelType.RssFeed, "/kapot");
        var server = await ChannelAsync(ChannelType.RssFeed, "/fout");

        var before = DateTimeOffset.UtcNow;
        var firstError = await FeedTestData.PollAsync(app.Services, xml.Id);
        var afterFirst = await FeedTestData.ReloadAsync(app.Services, xml.Id);
        await FeedTestData.PollAsync(app.Services, xml.Id);
        var afterSecond = await FeedTestData.ReloadAsync(app.Services, xml.Id);
        var serverError = await FeedTestData.PollAsync(app.Services, server.Id);
        var after = DateTimeOffset.UtcNow;

        Assert.False(firstError.Succeeded);
        Assert.StartsWith("De feed is geen geldige XML (regel 1", firstError.Error, StringComparison.Ordinal);
        Assert.Equal(1, afterFirst.ConsecutiveErrors);
        Assert.Equal(firstError.Error, afterFirst.LastError);
        // Interval 10 minutes: 20 minutes after the first error, 40 after the second.
        Assert.InRange(afterFirst.NextPollAt!.Value, before.AddMinutes(20), after.AddMinutes(20));
        Assert.Equal(2, afterSecond.ConsecutiveErrors);
        Assert.InRange(afterSecond.NextPollAt!.Value, before.AddMinutes(40), after.AddMinutes(40));
        Assert.Equal("De server antwoordde met foutcode 500.", serverError.Error);
        Assert.Equal(1, (await FeedTestData.ReloadAsync(app.Services, server.Id)).ConsecutiveErrors);
        Assert.Empty(await MonitoringTestData.MessagesAsync(app.Services, xml.Id));

        broken = false;
        var recovered = await FeedTestData.PollAsync(app.Services, xml.Id);
        var state = await FeedTestData.ReloadAsync(app.Services, xml.Id);

        Assert.True(recovered.Succeeded, recovered.Error);
        Assert.Equal(0, state.ConsecutiveErrors);
        Assert.Null(state.LastError);
        Assert.NotNull(state.LastSuccessAt);
        Assert.InRange(state.NextPollAt!.Value, before.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task TooManyRequestsWaitsAsLongAsRetryAfterAndOversizeResponsesAreRefused()
    {
        _server.Map("/druk", new FeedReply(429, "Too Many Requests", "text/plain", new Dictionary<string, string> { ["Retry-After"] = "7200" }));
        _server.Map("/groot", new FeedReply(200, "<rss version=\"2.0\"><channel>" + new string(' ', 1_100_000) + "</channel></rss>", "application/rss+xml"));
        var busy = await ChannelAsync(ChannelType.RssFeed, "/druk");
        var large = await ChannelAsync(ChannelType.RssFeed, "/groot");

        var before = DateTimeOffset.UtcNow;
        var limited = await FeedTestData.PollAsync(app.Services, busy.Id);
        var after = DateTimeOffset.UtcNow;
        var tooLarge = await FeedTestData.PollAsync(app.Services, large.Id);

        Assert.False(limited.Succeeded);
        Assert.Contains("te veel verzoeken", limited.Error, StringComparison.Ordinal);
        // Two hours as the server asked, not the 20 minutes of the ordinary backoff.
        Assert.InRange((await FeedTestData.ReloadAsync(app.Services, busy.Id)).NextPollAt!.Value, before.AddHours(2), after.AddHours(2));
        Assert.Equal("Het antwoord is groter dan 1 MB en werd niet verwerkt.", tooLarge.Error);
    }

    [Fact]
    public async Task TheJobPollsDueChannelsByItself()
    {
        _server.Map("/rss", new FeedReply(200, FeedSamples.Rss, "application/rss+xml"));
        var channel = await ChannelAsync(ChannelType.RssFeed, "/rss", due: true);

        var deadline = DateTime.UtcNow.AddMinutes(2); // only stops a broken job from hanging the run
        while ((await FeedTestData.ReloadAsync(app.Services, channel.Id)).LastSuccessAt is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(3, (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Count);
        Assert.True((await FeedTestData.ReloadAsync(app.Services, channel.Id)).NextPollAt > DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task TheChannelPageShowsThePollStatusAndNuOphalenFetches()
    {
        _server.Map("/rss", new FeedReply(200, FeedSamples.Rss, "application/rss+xml"));
        var channel = await ChannelAsync(ChannelType.RssFeed, "/rss");
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);

        var response = await PageForm.SubmitAsync(admin, $"/kanalen/{channel.Id}", "kanaal-ophalen", []);
        var html = PageForm.Text(await PageForm.FollowAsync(admin, response));

        Assert.Contains("Opgehaald: 3 nieuwe berichten, 0 al bekend, 1 overgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("Volgende keer ophalen", html, StringComparison.Ordinal);
        Assert.Equal(3, (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Count);

        // Staff without the manager role see the status but not the button.
        var staff = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/kanalen/{channel.Id}"));
        Assert.Contains("Laatst gelukt", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("kanaal-nu-ophalen", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormRefusesAnInvalidHashtagInDutch()
    {
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);

        var response = await PageForm.SubmitAsync(admin, "/kanalen/nieuw", "kanaal-nieuw",
        [
            new("Input.Name", "Hashtag"), new("Input.Type", nameof(ChannelType.MastodonHashtag)),
            new("Input.FeedUrl", "https://mastodon.social"), new("Input.AccountOrHashtag", "twee woorden"),
            new("Input.PollIntervalMinutes", "15"),
        ]);

        var html = PageForm.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Een hashtag bestaat alleen uit letters, cijfers en _ (zonder spaties).", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteFeedPollingTests(SqliteFeedFixture app) : FeedPollingTests<SqliteFeedFixture>(app), IClassFixture<SqliteFeedFixture>;

public sealed class PostgresFeedPollingTests(PostgresFeedFixture app) : FeedPollingTests<PostgresFeedFixture>(app), IClassFixture<PostgresFeedFixture>;
