using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>A tenant for service-level tests: a user of one municipality.</summary>
internal sealed class TestTenant(Guid? municipalityId, Guid? userId = null) : ITenantContext
{
    public Guid? UserId => userId;
    public string? UserName => "test";
    public Guid? MunicipalityId => municipalityId;
    public bool IsPlatformAdmin => false;
}

/// <summary>Channels and messages with exactly the scores a test needs, written straight into the model's tables.</summary>
internal static class ReviewTestData
{
    public static AppDbContext Context(IServiceScope scope, ITenantContext tenant)
    {
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        return settings.Provider == DatabaseProvider.Sqlite
            ? new SqliteAppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>(), tenant)
            : new PostgresAppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<PostgresAppDbContext>>(), tenant);
    }

    public static async Task<Channel> ChannelAsync(IServiceProvider services, Guid municipalityId, string name)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = Context(scope, SystemTenantContext.Instance);
        var now = DateTimeOffset.UtcNow;
        var channel = new Channel
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = name, Type = ChannelType.PushApi, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    /// <summary>An analysed message; <paramref name="configure"/> sets scores, flags, evidence, status.</summary>
    public static Message Analysed(Channel channel, string text, float maxScore, Action<Message>? configure = null)
    {
        var now = DateTimeOffset.UtcNow;
        var message = new Message
        {
            MunicipalityId = channel.MunicipalityId,
            ChannelId = channel.Id,
            Fingerprint = Guid.NewGuid().ToString("N"),
            Text = text,
            PublishedAt = now.AddHours(-1),
            ReceivedAt = now,
            AnalysisState = AnalysisState.Analysed,
            AnalysedAt = now,
            ModelVersion = "test",
            Language = "nl",
            MaxScore = maxScore,
            MaxBand = BandScale(maxScore),
            ScoreToxicity = maxScore,
        };
        configure?.Invoke(message);
        return message;
    }

    public static async Task<List<Message>> SaveAsync(IServiceProvider services, params Message[] messages)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = Context(scope, SystemTenantContext.Instance);
        db.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages];
    }

    /// <summary>A theme of <paramref name="municipalityId"/> with these (saved) messages as members, as the theme job would write it.</summary>
    public static async Task<Theme> ThemeAsync(IServiceProvider services, Guid municipalityId, string label, IEnumerable<Message> members)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = Context(scope, SystemTenantContext.Instance);
        var list = members.ToList();
        var now = DateTimeOffset.UtcNow;
        var theme = new Theme
        {
            MunicipalityId = municipalityId,
            Number = Random.Shared.NextInt64(1_000_000, long.MaxValue),
            Label = label,
            MessageCount = list.Count,
            FirstSeenAt = now,
            LastSeenAt = now,
        };
        db.Add(theme);
        await db.SaveChangesAsync();
        // The background theme job of the fixture may have assigned these messages already (it runs every minute):
        // the test decides the membership, so earlier assignments are replaced.
        var ids = list.Select(m => m.Id).ToList();
        await db.Set<ThemeMessage>().IgnoreTenantFilter().Where(t => ids.Contains(t.MessageId)).ExecuteDeleteAsync();
        db.AddRange(list.Select(m => new ThemeMessage { MunicipalityId = municipalityId, ThemeId = theme.Id, MessageId = m.Id }));
        await db.SaveChangesAsync();
        return theme;
    }

    /// <summary>Reads a message back as the system (no tenant filter), untracked.</summary>
    public static async Task<Message> ReloadAsync(IServiceProvider services, long id)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = Context(scope, SystemTenantContext.Instance);
        return await db.Set<Message>().IgnoreTenantFilter().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static async Task<List<ReviewDecision>> DecisionsAsync(IServiceProvider services, long messageId)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = Context(scope, SystemTenantContext.Instance);
        return await db.Set<ReviewDecision>().IgnoreTenantFilter().AsNoTracking().Where(d => d.MessageId == messageId).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>Evidence JSON with one span of <paramref name="signal"/> over <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static string Evidence(string text, string part, Signal signal, string reason) =>
        MessageEvidence.ToJson([new EvidenceSpan(signal, text.IndexOf(part, StringComparison.Ordinal), part.Length, part, reason)])!;

    private static Band BandScale(float score) => score switch
    {
        >= 0.8f => Band.ZeerHoog,
        >= 0.6f => Band.Hoog,
        >= 0.3f => Band.Verhoogd,
        _ => Band.Laag,
    };
}
