using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;

namespace Samenspraak.Web.Monitoring.Demo;

/// <summary>
/// Demo installs only: gives Demostad three channels and a few hundred messages spread over the last four weeks,
/// with a burst on the mosque topic in the last three days, so Signalen, Thema's and Dashboard have something to
/// show. The texts come from <c>demo-messages.tsv</c>, a small file derived from the team's own corpus
/// (data/corpus) and embedded in the assembly. Messages go through <see cref="MessageIngestor"/> like every other
/// source, so the analysis worker analyses them. Runs once: it does nothing when Demostad already has a channel.
/// </summary>
internal sealed class MonitoringDemoSeeder(AppDbContext db, MessageIngestor ingestor, TimeProvider clock) : IModuleSeeder
{
    private const string ResourceName = "Samenspraak.Web.Monitoring.Demo.demo-messages.tsv";

    /// <summary>The topic that bursts in the last days of the demo period.</summary>
    public const string BurstTopic = "moskee";

    public int Order => 30;

    public async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        if (!seedDemo) return;
        var demo = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.NisCode == DemoData.DemoNisCode, cancellationToken);
        if (demo is null || await db.Set<Channel>().IgnoreTenantFilter().AnyAsync(c => c.MunicipalityId == demo.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var channels = new[]
        {
            NewChannel(demo.Id, "Facebookpagina Stad Demostad (demo)", ChannelType.FacebookExport, "Dienst Communicatie", now),
            NewChannel(demo.Id, "Forum demostad.be (demo)", ChannelType.WebsiteForum, "Dienst Samenleven", now),
            // A push channel rather than a feed: a demo must never poll a real service on the internet.
            NewChannel(demo.Id, "Reacties nieuwsbrief-app (demo)", ChannelType.PushApi, "Dienst Communicatie", now),
        };
        db.AddRange(channels);
        await db.SaveChangesAsync(cancellationToken);

        var perChannel = channels.ToDictionary(c => c.Id, _ => new List<IncomingMessage>());
        // Fixed seed: every demo install looks the same, which keeps screenshots and the manual reproducible.
        var random = new Random(4242);
        foreach (var (id, topic, text) in ReadTexts())
        {
            var channel = channels[random.Next(channels.Length)];
            var daysAgo = topic == BurstTopic && random.NextDouble() < 0.7 ? random.NextDouble() * 3 : random.NextDouble() * 28;
            var published = now.AddDays(-daysAgo).AddMinutes(-random.Next(0, 60));
            var author = string.Create(CultureInfo.InvariantCulture, $"demo-bewoner-{random.Next(1, 90)}");
            perChannel[channel.Id].Add(new IncomingMessage("demo-" + id, text, author, published, null, null));
        }

        foreach (var channel in channels)
        {
            await ingestor.IngestAsync(channel, perChannel[channel.Id], cancellationToken);
        }
    }

    private static Channel NewChannel(Guid municipalityId, string name, ChannelType type, string owner, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = name, Type = type, OwnerName = owner,
        CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>The embedded demo texts: id, topic and text per line, tab-separated; lines starting with # are comments.</summary>
    internal static IEnumerable<(string Id, string Topic, string Text)> ReadTexts()
    {
        using var stream = typeof(MonitoringDemoSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("De demoberichten ontbreken in de toepassing: " + ResourceName);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length == 3) yield return (parts[0], parts[1], parts[2]);
        }
    }
}
