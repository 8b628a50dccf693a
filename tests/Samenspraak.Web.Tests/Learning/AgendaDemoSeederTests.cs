using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Demo;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>The demo agenda: four coming events by the demo expert, created once, nothing without demo data.</summary>
public abstract class AgendaDemoSeederTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    [Fact]
    public async Task SeedsFourComingEventsOnceAndNothingWithoutDemoData()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(ct);
            await Seeder(scope).SeedAsync(seedDemo: false, ct);
            Assert.Equal(0, await OrganisedByExpert(scope).CountAsync(ct));
        }

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await Seeder(scope).SeedAsync(seedDemo: true, ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var events = await OrganisedByExpert(scope).ToListAsync(ct);
            Assert.Equal(4, events.Count);
            Assert.All(events, e => Assert.True(e.StartsAt > DateTimeOffset.UtcNow && e.EndsAt > e.StartsAt));
            Assert.Single(events, e => e.IsPublic);
            // One small event, so the waiting list can be tried out.
            Assert.Contains(events, e => e.Capacity <= 2);
        }
    }

    private static AgendaDemoSeeder Seeder(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetServices<IModuleSeeder>().OfType<AgendaDemoSeeder>().Single();

    private static IQueryable<AgendaEvent> OrganisedByExpert(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var email = $"expert@{DemoData.DemoMailDomain}".ToUpperInvariant();
        var expert = db.Users.Where(u => u.NormalizedEmail == email).Select(u => (Guid?)u.Id);
        return db.Set<AgendaEvent>().AsNoTracking().Where(e => expert.Contains(e.OrganiserId));
    }
}

public sealed class SqliteAgendaDemoSeederTests(SqliteAppFixture fixture) : AgendaDemoSeederTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAgendaDemoSeederTests(PostgresAppFixture fixture) : AgendaDemoSeederTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
