using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// Writes channels and analysed messages for theme and alert tests: the texts go through the real analysis engine
/// and the core module's <see cref="MessageAnalysis"/> mapper, so flags and evidence are what production stores.
/// </summary>
internal static class TrendsData
{
    public static async Task<Guid> ChannelAsync(IServiceProvider services, Guid municipalityId, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var channel = new Channel { Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = name, Type = ChannelType.PushApi, Active = true };
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel.Id;
    }

    /// <summary>
    /// Stores analysed messages (author pseudonym, time, text) and returns their ids in order. First it analyses, as the
    /// pipeline would, any message of the municipality still waiting (e.g. the one the Monitoring world seeder
    /// ingested): the theme job deliberately stops at the first waiting message, and the tests must not depend on
    /// whether the background worker got there first.
    /// </summary>
    public static async Task<List<long>> MessagesAsync(IServiceProvider services, Guid municipalityId, Guid channelId,
        IEnumerable<(string Author, DateTimeOffset At, string Text)> items)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var waiting = await db.Set<Message>().IgnoreTenantFilter()
            .Where(m => m.MunicipalityId == municipalityId && m.AnalysisState == AnalysisState.Pending).ToListAsync();
        foreach (var message in waiting)
        {
            MessageAnalysis.From(TextAnalyzer.Default.Analyze(message.Text)).ApplyTo(message, DateTimeOffset.UtcNow);
            message.AnalysisState = AnalysisState.Analysed;
            message.LeaseId = null;
            message.LeasedUntil = null;
        }

        var stored = new List<Message>();
        foreach (var (author, at, text) in items)
        {
            var result = TextAnalyzer.Default.Analyze(text);
            var message = new Message
            {
                MunicipalityId = municipalityId,
                ChannelId = channelId,
                Text = text,
                AuthorPseudonym = author,
                PublishedAt = at,
                ReceivedAt = at,
                Fingerprint = MessageFingerprint.Of(null, text, author, at),
                AnalysisState = AnalysisState.Analysed,
                AnalysedAt = at,
            };
            MessageAnalysis.From(result).ApplyTo(message, at);
            message.AnalysisState = AnalysisState.Analysed;
            stored.Add(message);
            db.Add(message);
        }
        await db.SaveChangesAsync();
        return [.. stored.Select(m => m.Id)];
    }
}
