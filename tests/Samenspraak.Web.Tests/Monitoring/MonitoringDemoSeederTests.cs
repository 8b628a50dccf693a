using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Demo;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>The demo content: channels and analysed messages for Demostad only, created once, with a recent burst.</summary>
public abstract class MonitoringDemoSeederTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    [Fact]
    public async Task SeedsDemostadOnceAndTheWorkerAnalysesEveryMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(ct);
            // Without demo seeding nothing happens.
            await scope.ServiceProvider.GetServices<IModuleSeeder>().OfType<MonitoringDemoSeeder>().Single().SeedAsync(seedDemo: false, ct);
        }

        Guid demostad;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            demostad = (await db.Municipalities.SingleAsync(m => m.NisCode == DemoData.DemoNisCode, ct)).Id;
            Assert.False(await db.Set<Channel>().IgnoreTenantFilter().AnyAsync(c => c.MunicipalityId == demostad, ct));
        }

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetServices<IModuleSeeder>().OfType<MonitoringDemoSeeder>().Single().SeedAsync(seedDemo: true, ct);
        }

        List<Channel> channels;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            channels = await db.Set<Channel>().IgnoreTenantFilter().AsNoTracking().Where(c => c.MunicipalityId == demostad).ToListAsync(ct);
            // Demo messages exist nowhere else.
            Assert.False(await db.Set<Message>().IgnoreTenantFilter()
                .AnyAsync(m => m.MunicipalityId != demostad && m.ExternalId!.StartsWith("demo-"), ct));
        }

        Assert.Equal(3, channels.Count);
        var expected = MonitoringDemoSeeder.ReadTexts().Count();
        Assert.InRange(expected, 200, 500);
        var messages = new List<Message>();
        foreach (var channel in channels)
        {
            var stored = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
            messages.AddRange(await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, stored.Count));
        }

        // Seeding twice stored every text exactly once.
        Assert.Equal(expected, messages.Count);
        Assert.All(messages, m => Assert.Equal(demostad, m.MunicipalityId));
        Assert.Contains(messages, m => m.Harmful);
        Assert.Contains(messages, m => !m.Harmful);
        var now = DateTimeOffset.UtcNow;
        Assert.All(messages, m => Assert.InRange(m.PublishedAt, now.AddDays(-29), now));

        // The burst: the mosque topic's share of the last three days is far above its share of the whole period.
        static bool Burst(Message m) => m.ExternalId!.Contains(MonitoringDemoSeeder.BurstTopic, StringComparison.Ordinal);
        var recent = messages.Where(m => m.PublishedAt > now.AddDays(-3)).ToList();
        var recentShare = recent.Count(Burst) / (double)recent.Count;
        var overallShare = messages.Count(Burst) / (double)messages.Count;
        Assert.True(recentShare > 2 * overallShare, $"recent share {recentShare:P0}, overall {overallShare:P0}");
    }
}

public sealed class SqliteMonitoringDemoSeederTests(SqliteAppFixture app)
    : MonitoringDemoSeederTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMonitoringDemoSeederTests(PostgresAppFixture app)
    : MonitoringDemoSeederTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
