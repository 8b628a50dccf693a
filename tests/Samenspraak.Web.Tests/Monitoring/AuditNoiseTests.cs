using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>
/// What the machine recomputes stays out of the audit log (IDerivedData, [NotAudited]); what people do stays in.
/// A municipality of its own, so the background jobs of other tests add nothing to what is counted here.
/// </summary>
public abstract class AuditNoiseTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly string[] Derived = [nameof(Theme), nameof(ThemeDailyCount), nameof(ThemeClusterState), "SignalDailyCount"];

    [Fact]
    public async Task ThemeUpdatesAreNotAuditedButNewThemesAre()
    {
        var ct = TestContext.Current.CancellationToken;
        var municipality = await MunicipalityAsync("Ruisarm", "90081");
        var channel = await MonitoringTestData.ChannelAsync(app.Services, municipality, "Ruis");
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        for (var round = 0; round < 3; round++)
        {
            // The same topics each round: the second and third rounds update the themes and day counts of the first.
            await MonitoringTestData.IngestAsync(app.Services, channel, [.. Enumerable.Range(0, 30).Select(i => new IncomingMessage(
                $"r{round}-{i}", $"Het zwembad Ter Beke blijft dicht, wanneer gaat het zwembad open #zwembadterbeke ({round}/{i})",
                $"auteur{i % 5}", start.AddHours(round * 5 + i % 4), null, null))]);
            await UpdateThemesAsync(municipality, ct);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.Set<Theme>().IgnoreTenantFilter().AnyAsync(t => t.MunicipalityId == municipality && t.MessageCount >= 90, ct));
        var entries = await db.AuditEntries.IgnoreTenantFilter().AsNoTracking()
            .Where(a => a.MunicipalityId == municipality && Derived.Contains(a.EntityType!)).ToListAsync(ct);
        Assert.Contains(entries, a => a.Action == AuditActions.EntityAdded && a.EntityType == nameof(Theme));
        Assert.DoesNotContain(entries, a => a.Action == AuditActions.EntityModified);
    }

    [Fact]
    public async Task UsingAnApiKeyIsNotAnAuditEventRevokingItIs()
    {
        var ct = TestContext.Current.CancellationToken;
        var municipality = await MunicipalityAsync("Sleutelbeek", "90082");
        var channel = await MonitoringTestData.ChannelAsync(app.Services, municipality, "Sleutels");
        var key = await MonitoringTestData.ApiKeyAsync(app.Services, channel);
        using var http = app.Factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/channels/{channel.Id}/messages")
            {
                Content = new StringContent($"{{\"id\":\"k{i}\",\"text\":\"Bericht {i} over de markt.\"}}\n", Encoding.UTF8, "application/x-ndjson"),
            };
            request.Headers.Add("X-Api-Key", key);
            using var response = await http.SendAsync(request, ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var apiKey = await db.Set<ChannelApiKey>().IgnoreTenantFilter().SingleAsync(k => k.ChannelId == channel.Id, ct);
        Assert.NotNull(apiKey.LastUsedAt);
        var id = apiKey.Id.ToString();
        Assert.False(await db.AuditEntries.IgnoreTenantFilter().AnyAsync(a => a.EntityId == id && a.Action == AuditActions.EntityModified, ct));

        apiKey.RevokedAt = DateTimeOffset.UtcNow;
        apiKey.LastUsedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);

        var revoked = await db.AuditEntries.IgnoreTenantFilter().AsNoTracking()
            .SingleAsync(a => a.EntityId == id && a.Action == AuditActions.EntityModified, ct);
        Assert.Contains(nameof(ChannelApiKey.RevokedAt), revoked.Details, StringComparison.Ordinal);
        Assert.Contains(nameof(ChannelApiKey.LastUsedAt), revoked.Details, StringComparison.Ordinal);
    }

    private async Task<Guid> MunicipalityAsync(string name, string nis)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = new Municipality
        {
            Name = name + Guid.NewGuid().ToString("N")[..4], NisCode = nis, Province = Province.Limburg, Population = 9_000, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }

    private async Task UpdateThemesAsync(Guid municipality, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(municipality, ct);
    }
}

public sealed class SqliteAuditNoiseTests(SqliteAppFixture app) : AuditNoiseTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAuditNoiseTests(PostgresAppFixture app) : AuditNoiseTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
