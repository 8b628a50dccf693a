using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Pipeline;

/// <summary>
/// Regression test for the deadlock between ingest and the theme job on SQLite (stop 5): the theme job's batch
/// transaction held the database file's write lock (BEGIN IMMEDIATE) while it waited for the module's write turn,
/// and a push request held the turn while it waited for the lock. Now the job takes the turn first. Here push
/// requests and direct bulk ingests run at the same time as theme updates, round after round; every call must
/// complete (a token cancels a hang, which fails the test instead of blocking the run), and afterwards the counters
/// the theme job keeps must equal a recount from the stored messages.
/// </summary>
public abstract class IngestAndThemeJobConcurrencyTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const int Rounds = 4;
    private const int PushedPerRound = 600;
    private const int IngestedPerTask = 800;
    private const int IngestTasksPerRound = 2;

    private static readonly string[] Topics =
    [
        "Het zwembad Ter Beke blijft dicht, wanneer gaat het zwembad terug open #zwembadterbeke",
        "De fietsstraat in de Molenwijk is gevaarlijk, auto's rijden er te snel #fietsstraatmolenwijk",
        "Die vuile profiteurs zijn allemaal ratten, buiten met dat volk #buiten",
        "Het nieuwe parkeerplan in het centrum kost de handelaars klanten #parkeerplan",
        "Wie betaalt de renovatie van het gemeentehuis eigenlijk #gemeentehuis",
    ];

    [Fact]
    public async Task Push_and_bulk_ingest_alongside_theme_updates_all_complete_and_the_counters_equal_a_recount()
    {
        // Generous: on a loaded two-core machine a round takes seconds; a deadlock would take forever.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = timeout.Token;
        var municipality = await MunicipalityAsync();
        var channel = await MonitoringTestData.ChannelAsync(app.Services, municipality, "Gelijktijdig kanaal");
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        using var http = app.Factory.CreateClient();
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        var expected = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var work = new List<Task<int>> { PushAsync(http, channel.Id, key, Items($"p{round}", PushedPerRound, start), ct) };
            for (var t = 0; t < IngestTasksPerRound; t++)
            {
                work.Add(IngestAsync(channel, Items($"i{round}-{t}", IngestedPerTask, start), ct));
            }

            var updates = new[] { UpdateThemesAsync(municipality, ct), UpdateThemesAsync(municipality, ct) };
            try
            {
                var accepted = await Task.WhenAll(work).WaitAsync(ct);
                await Task.WhenAll(updates).WaitAsync(ct);
                Assert.All(accepted, (count, i) => Assert.Equal(i == 0 ? PushedPerRound : IngestedPerTask, count));
                expected += accepted.Sum();
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Round {round + 1}: ingest and theme updates did not all complete (deadlock?).");
            }
        }

        // Let the job walk past every message (any left pending by a failed analysis is first taken by the worker).
        await SettleAsync(municipality, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(expected, await db.Set<Message>().IgnoreTenantFilter().CountAsync(m => m.MunicipalityId == municipality, ct));
        await AggregateRecount.AssertEqualAsync(db, municipality, ct);
    }

    private async Task<Guid> MunicipalityAsync()
    {
        // A municipality of its own: the recount covers every message it has, and no other test writes there.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = new Municipality
        {
            Name = "Gelijktijdigem", NisCode = "90077", Province = Province.OostVlaanderen, Population = 12_000, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }

    /// <summary>Messages over four days with a handful of recurring topics, so themes form and day counters fill.</summary>
    private static List<IncomingMessage> Items(string prefix, int count, DateTimeOffset start) =>
        [.. Enumerable.Range(0, count).Select(i => new IncomingMessage(
            $"{prefix}-{i}",
            $"{Topics[i % Topics.Length]} ({prefix} bericht {i})",
            $"auteur{i % 37}",
            start.AddMinutes(i * 7 % (4 * 24 * 60)),
            null,
            null))];

    private static async Task<int> PushAsync(HttpClient http, Guid channel, string key, List<IncomingMessage> items, CancellationToken ct)
    {
        var body = new StringBuilder();
        foreach (var item in items)
        {
            body.Append(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = item.ExternalId,
                text = item.Text,
                author = item.Author,
                publishedAt = item.PublishedAt!.Value.ToString("O", CultureInfo.InvariantCulture),
            })).Append('\n');
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/channels/{channel}/messages")
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, ct);
        var json = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Push answered {(int)response.StatusCode}: {json}");
        using var result = System.Text.Json.JsonDocument.Parse(json);
        return result.RootElement.GetProperty("accepted").GetInt32();
    }

    private async Task<int> IngestAsync(Channel channel, List<IncomingMessage> items, CancellationToken ct)
    {
        // Off the test's thread, as a second request would be.
        await Task.Yield();
        await using var scope = app.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<MessageIngestor>().IngestAsync(channel, items, ct);
        return results.Count(r => r.Outcome == IngestOutcome.Accepted);
    }

    private async Task<int> UpdateThemesAsync(Guid municipality, CancellationToken ct)
    {
        await Task.Yield();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(municipality, ct);
    }

    private async Task SettleAsync(Guid municipality, CancellationToken ct)
    {
        while (true)
        {
            await UpdateThemesAsync(municipality, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var messages = db.Set<Message>().IgnoreTenantFilter().Where(m => m.MunicipalityId == municipality);
            var pending = await messages.AnyAsync(m => m.AnalysisState == AnalysisState.Pending, ct);
            var newest = await messages.MaxAsync(m => m.Id, ct);
            var cursor = await db.Set<ThemeClusterState>().IgnoreTenantFilter().Where(s => s.MunicipalityId == municipality)
                .Select(s => s.LastMessageId).SingleAsync(ct);
            if (!pending && cursor >= newest)
            {
                return;
            }

            await Task.Delay(200, ct);
        }
    }
}

/// <summary>The test app with the theme background job off: the test itself runs the theme updates, concurrently.</summary>
public sealed class SqliteConcurrentThemesFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Monitoring:Themes:IntervalSeconds"] = "0";
}

/// <inheritdoc cref="SqliteConcurrentThemesFixture"/>
public sealed class PostgresConcurrentThemesFixture : PostgresAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Monitoring:Themes:IntervalSeconds"] = "0";
}

public sealed class SqliteIngestAndThemeJobConcurrencyTests(SqliteConcurrentThemesFixture app)
    : IngestAndThemeJobConcurrencyTests<SqliteConcurrentThemesFixture>(app), IClassFixture<SqliteConcurrentThemesFixture>;

public sealed class PostgresIngestAndThemeJobConcurrencyTests(PostgresConcurrentThemesFixture app)
    : IngestAndThemeJobConcurrencyTests<PostgresConcurrentThemesFixture>(app), IClassFixture<PostgresConcurrentThemesFixture>;
