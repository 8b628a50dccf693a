using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>Channels, keys and messages for Monitoring tests, made with the application's own types and services.</summary>
public static class MonitoringTestData
{
    public static async Task<Channel> ChannelAsync(IServiceProvider services, Guid municipalityId, string name,
        ChannelType type = ChannelType.PushApi, bool storeRawHandles = false, bool active = true)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var channel = new Channel
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = name, Type = type, Active = active,
            StoreRawHandles = storeRawHandles, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    /// <summary>Creates an API key for the channel and returns the plain key.</summary>
    public static async Task<string> ApiKeyAsync(IServiceProvider services, Channel channel, bool revoked = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (key, prefix, hash) = ApiKeyGenerator.Create();
        db.Add(new ChannelApiKey
        {
            Id = Guid.NewGuid(), MunicipalityId = channel.MunicipalityId, ChannelId = channel.Id, Label = "test",
            Prefix = prefix, Hash = hash, CreatedAt = DateTimeOffset.UtcNow, RevokedAt = revoked ? DateTimeOffset.UtcNow : null,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public static async Task<IngestItemResult[]> IngestAsync(IServiceProvider services, Channel channel, params IncomingMessage[] items)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MessageIngestor>().IngestAsync(channel, items);
    }

    public static async Task<List<Message>> MessagesAsync(IServiceProvider services, Guid channelId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Message>().IgnoreTenantFilter().AsNoTracking().Where(m => m.ChannelId == channelId).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>
    /// Waits until the running app's analysis worker has analysed every message of the channel. The limit only
    /// stops a broken pipeline from hanging the run; nothing is asserted about how long it took.
    /// </summary>
    public static async Task<List<Message>> AnalysedAsync(IServiceProvider services, Guid channelId, int expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var messages = await MessagesAsync(services, channelId);
            if (messages.Count >= expected && messages.All(m => m.AnalysisState == AnalysisState.Analysed))
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Only {messages.Count(m => m.AnalysisState == AnalysisState.Analysed)} of {expected} messages analysed.");
            }

            await Task.Delay(200);
        }
    }
}
