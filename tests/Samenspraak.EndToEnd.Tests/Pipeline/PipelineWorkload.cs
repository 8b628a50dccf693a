using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Monitoring.Channels;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>
/// The messages a pipeline test pushes: a mix of everyday remarks and harmful ones (so the signal counters and the
/// themes have something to count), spread over the last ten days, each with its own external id.
/// </summary>
internal static class PipelineWorkload
{
    // Own texts: a few recurring subjects (so themes form) with the kinds of harm the engine looks for.
    private static readonly string[] Templates =
    [
        "De nieuwe fietsstraat in de {0} is een echte verbetering, proficiat aan de stad",
        "Het circulatieplan maakt de handelaars in de {0} kapot, dit beleid is schandalig",
        "Die asielzoekers moeten allemaal terug naar hun land, de {0} is geen opvangcentrum",
        "Dat zijn geen mensen maar ongedierte, ze verpesten de hele {0}",
        "Ik weet waar die schepen woont in de {0}, we gaan eens langs met een knuppel",
        "Wat een idioot is die burgemeester, een achterlijke sukkel die de {0} kapot maakt",
        "Vaccins bevatten chips om ons te volgen, ze testen het eerst in de {0}",
        "De bibliotheek in de {0} is zaterdag langer open, fijn voor de studenten",
        "Wanneer wordt het voetpad in de {0} eindelijk hersteld? Mijn moeder viel er vorige week",
        "Moslims horen hier niet thuis, weg met die moskee in de {0} #moskee",
        "Mooie avond gehad op het buurtfeest in de {0}, bedankt aan alle vrijwilligers",
        "De parkeerplaatsen in de {0} verdwijnen en niemand heeft ons iets gevraagd #circulatieplan",
    ];

    private static readonly string[] Streets =
    [
        "Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Schoolstraat", "Kapelstraat",
        "Veldstraat", "Beekstraat", "Lindelaan",
    ];

    public static IReadOnlyList<PushItem> Messages(int count, string prefix)
    {
        var now = DateTimeOffset.UtcNow;
        var items = new PushItem[count];
        for (var i = 0; i < count; i++)
        {
            var text = string.Format(CultureInfo.InvariantCulture, Templates[i % Templates.Length], Streets[i / Templates.Length % Streets.Length]);
            items[i] = new PushItem(
                $"{prefix}-{i}",
                $"{text} ({i})",
                $"inwoner{i % 400}",
                now.AddMinutes(-(i * 37 % (10 * 24 * 60))));
        }

        return items;
    }

    /// <summary>Gives the demo municipality's push-API channel a new key (stored hashed, as the admin page does).</summary>
    public static async Task<(Guid ChannelId, string Key)> PushKeyAsync(PipelineDatabase database)
    {
        await using var db = database.Open();
        var channel = await db.Set<Channel>().IgnoreQueryFilters().Where(c => c.Type == ChannelType.PushApi && c.Active)
            .OrderBy(c => c.Name).FirstAsync();
        var (key, prefix, hash) = ApiKeyGenerator.Create();
        db.Add(new ChannelApiKey
        {
            Id = Guid.NewGuid(), MunicipalityId = channel.MunicipalityId, ChannelId = channel.Id, Label = "pijplijntest",
            Prefix = prefix, Hash = hash, CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return (channel.Id, key);
    }

    /// <summary>Pushes the items through the real push API in chunks; every item must be accepted.</summary>
    public static async Task PushAsync(string baseUrl, Guid channelId, string key, IReadOnlyList<PushItem> items, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        foreach (var chunk in items.Chunk(2000))
        {
            using var response = await http.PostAsJsonAsync($"/api/v1/channels/{channelId}/messages", chunk, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Push answered {(int)response.StatusCode}: {body}");
            var result = System.Text.Json.JsonSerializer.Deserialize<PushResult>(body, JsonOptions)!;
            Assert.Equal(chunk.Length, result.Accepted);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    private sealed record PushResult(int Accepted, int Duplicates, int Rejected);
}

/// <summary>One item of the push API's body.</summary>
internal sealed record PushItem(string Id, string Text, string Author, DateTimeOffset PublishedAt);
