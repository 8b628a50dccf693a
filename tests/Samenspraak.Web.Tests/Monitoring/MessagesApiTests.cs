using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Ingestion = Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>GET /api/v1/messages on both providers: filters, keyset paging, masking, audit and isolation.</summary>
public abstract class MessagesApiTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string Doxxing =
        "Die Vera van het comité tegen het centrum, die woont in de Lindelaan 14, 2800 Mechelen. Ga haar maar eens bezoeken en zeg wat je ervan denkt.";

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<(Guid ChannelId, List<Message> Messages)> ChannelWithMessagesAsync()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Api " + Guid.NewGuid().ToString("N")[..6]);
        await MonitoringTestData.IngestAsync(app.Services, channel,
            new Ingestion.IncomingMessage("h1", "Die vluchtelingen zijn ratten, weg ermee!", "a", null, null, null),
            new Ingestion.IncomingMessage("n1", "Fijne markt vandaag op het plein.", "b", null, null, null),
            new Ingestion.IncomingMessage("n2", "Wanneer gaat het zwembad terug open?", "c", null, null, null),
            new Ingestion.IncomingMessage("d1", Doxxing, "d", null, null, null));
        return (channel.Id, await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, 4));
    }

    [Fact]
    public async Task FiltersPagesWithACursorMasksPersonalDataAndAuditsTheTextShown()
    {
        var (channelId, messages) = await ChannelWithMessagesAsync();
        var client = await app.ClientAsync(Principal.Staff);

        var all = await GetJsonAsync(client, $"/api/v1/messages?channel={channelId}");
        Assert.Equal(messages.Select(m => m.Id).Order(), all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order());

        var harmful = await GetJsonAsync(client, $"/api/v1/messages?channel={channelId}&harmful=true");
        Assert.Equal(messages.Where(m => m.Harmful).Select(m => m.Id).Order(),
            harmful.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order());
        Assert.Contains(messages, m => !m.Harmful);

        var hate = await GetJsonAsync(client, $"/api/v1/messages?channel={channelId}&signal=dehumanisation");
        var hateItem = Assert.Single(hate.GetProperty("items").EnumerateArray());
        Assert.Contains("dehumanisation", hateItem.GetProperty("signals").EnumerateArray().Select(s => s.GetString()));

        // Keyset paging, one per page: every message exactly once, then no next cursor.
        var seen = new List<long>();
        string? next = null;
        do
        {
            var page = await GetJsonAsync(client, $"/api/v1/messages?channel={channelId}&sort=recent&pageSize=1" + (next is null ? "" : "&after=" + Uri.EscapeDataString(next)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (next is not null && seen.Count < 10);
        Assert.Equal(messages.Select(m => m.Id).OrderDescending(), seen);

        // The exposing message: the personal data the engine found is masked, as in the Signalen list.
        var doxxing = messages.Single(m => m.ExternalId == "d1");
        Assert.True(doxxing.Flags.Has(Signal.Doxxing));
        var spans = MessageEvidence.Parse(doxxing.EvidenceJson).Where(e => e.Signal == Signal.Doxxing).Select(e => e.TextIn(Doxxing)!).ToList();
        Assert.NotEmpty(spans);
        var shown = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == doxxing.Id).GetProperty("text").GetString()!;
        Assert.Contains("[afgeschermd]", shown, StringComparison.Ordinal);
        Assert.All(spans, span => Assert.DoesNotContain(span, shown, StringComparison.Ordinal));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audited = await db.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == MonitoringAuditActions.MessageTextRead && a.UserId == app.World[Principal.Staff].Id && a.Details!.StartsWith("api-berichten"))
            .Select(a => a.Details!).ToListAsync();
        Assert.Contains(audited, d => d.Contains(doxxing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherMunicipalitySeesNoneOfTheMessagesAndBadFiltersGetADutchProblem()
    {
        var (channelId, _) = await ChannelWithMessagesAsync();
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var none = await GetJsonAsync(foreign, $"/api/v1/messages?channel={channelId}");
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        var anything = await GetJsonAsync(foreign, "/api/v1/messages?pageSize=200");
        Assert.DoesNotContain(anything.GetProperty("items").EnumerateArray(), i => i.GetProperty("channelId").GetGuid() == channelId);

        var staff = await app.ClientAsync(Principal.Staff);
        var bad = await staff.GetAsync("/api/v1/messages?band=heel-hoog&pageSize=0&after=xyz");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("pageSize", body, StringComparison.Ordinal);
        Assert.Contains("paginapositie", body, StringComparison.Ordinal);

        var official = await app.ClientAsync(Principal.Official);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.GetAsync("/api/v1/messages")).StatusCode);
    }
}

public sealed class SqliteMessagesApiTests(SqliteAppFixture app) : MessagesApiTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMessagesApiTests(PostgresAppFixture app) : MessagesApiTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
