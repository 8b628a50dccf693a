using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>
/// The review queue's part of the test world: a channel of the home municipality with one message that went through
/// the real ingestion and the real engine ("review.home-message"), for the authorization matrix's detail-page row.
/// </summary>
internal sealed class ReviewWorldSeeder : IWorldSeeder
{
    public const string HomeMessage = "review.home-message";

    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        var channel = await ReviewTestData.ChannelAsync(services, world.Home.Id, "Reviewkanaal");
        await using var scope = services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<MessageIngestor>();
        var result = await ingestor.IngestAsync(channel, [new IncomingMessage("review-1", "Die mensen zijn ratten en moeten hier weg.", "auteur-1", DateTimeOffset.UtcNow.AddHours(-2), null, null)]);
        Assert.Equal(IngestOutcome.Accepted, result[0].Outcome);

        // Analysed here rather than by the background worker, so the world is complete when the tests start.
        await using var db = ReviewTestData.Context(scope, Web.Platform.Tenancy.SystemTenantContext.Instance);
        var message = await db.Set<Message>().IgnoreTenantFilter().SingleAsync(m => m.ChannelId == channel.Id);
        MessageAnalysis.From(TextAnalyzer.Default.Analyze(message.Text)).ApplyTo(message, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        world.AddResource(HomeMessage, message.Id.ToString(CultureInfo.InvariantCulture));
    }
}
