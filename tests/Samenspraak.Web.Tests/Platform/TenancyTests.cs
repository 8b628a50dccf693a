using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>The central isolation: query filter on municipality-owned rows and the save guard.</summary>
public abstract class TenancyTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private sealed class FixedTenant(Guid? municipalityId, bool platformAdmin = false) : ITenantContext
    {
        public Guid? UserId => null;
        public string? UserName => "test";
        public Guid? MunicipalityId => municipalityId;
        public bool IsPlatformAdmin => platformAdmin;
    }

    /// <summary>A context acting for the given tenant, with the app's interceptors (guard and audit).</summary>
    private AppDbContext ContextFor(IServiceScope scope, ITenantContext tenant)
    {
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        return settings.Provider == DatabaseProvider.Sqlite
            ? new SqliteAppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<SqliteAppDbContext>>(), tenant)
            : new PostgresAppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<PostgresAppDbContext>>(), tenant);
    }

    private async Task<(Guid Home, Guid Foreign)> SeedSettingsAsync(IServiceScope scope)
    {
        var world = fixture.World;
        await using var system = ContextFor(scope, SystemTenantContext.Instance);
        var existing = await system.MunicipalitySettings.IgnoreTenantFilter()
            .Select(s => s.MunicipalityId).ToListAsync(TestContext.Current.CancellationToken);
        foreach (var id in new[] { world.Home.Id, world.Foreign.Id }.Except(existing))
        {
            system.MunicipalitySettings.Add(new MunicipalitySettings { MunicipalityId = id, ContactEmail = $"{id}@test" });
        }

        await system.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (world.Home.Id, world.Foreign.Id);
    }

    [Fact]
    public async Task QueriesSeeOnlyTheOwnMunicipalitysRows()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var (home, foreign) = await SeedSettingsAsync(scope);
        await using var asHome = ContextFor(scope, new FixedTenant(home));

        var visible = await asHome.MunicipalitySettings.ToListAsync(TestContext.Current.CancellationToken);
        var byId = await asHome.MunicipalitySettings.Where(s => s.MunicipalityId == foreign).ToListAsync(TestContext.Current.CancellationToken);

        Assert.All(visible, s => Assert.Equal(home, s.MunicipalityId));
        Assert.Single(visible);
        Assert.Empty(byId);
    }

    [Fact]
    public async Task PlatformAdminsAndSystemWorkSeeNothingUnlessTheFilterIsLiftedExplicitly()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await SeedSettingsAsync(scope);
        await using var asPlatform = ContextFor(scope, new FixedTenant(null, platformAdmin: true));

        Assert.Empty(await asPlatform.MunicipalitySettings.ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(await asPlatform.MunicipalitySettings.IgnoreTenantFilter().CountAsync(TestContext.Current.CancellationToken) >= 2);
    }

    [Fact]
    public async Task NewRowsGetTheCurrentMunicipalityStamped()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var world = fixture.World;
        var extra = new Municipality { Name = "Stempelgem", NisCode = Random.Shared.Next(91000, 91999).ToString(System.Globalization.CultureInfo.InvariantCulture), CreatedAt = DateTimeOffset.UtcNow };
        await using (var system = ContextFor(scope, SystemTenantContext.Instance))
        {
            system.Municipalities.Add(extra);
            await system.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var asExtra = ContextFor(scope, new FixedTenant(extra.Id));
        var row = new MunicipalitySettings { ContactEmail = "stempel@test" };
        asExtra.MunicipalitySettings.Add(row);
        await asExtra.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(extra.Id, row.MunicipalityId);
        Assert.NotEqual(world.Home.Id, row.MunicipalityId);
    }

    [Fact]
    public async Task WritingAnotherMunicipalitysRowIsRefused()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var (home, foreign) = await SeedSettingsAsync(scope);
        await using var asHome = ContextFor(scope, new FixedTenant(home));

        // Insert for another municipality.
        asHome.MunicipalitySettings.Add(new MunicipalitySettings { MunicipalityId = foreign });
        await Assert.ThrowsAsync<TenantIsolationException>(() => asHome.SaveChangesAsync(TestContext.Current.CancellationToken));
        asHome.ChangeTracker.Clear();

        // Change a row that was obtained around the filter.
        var foreignRow = await asHome.MunicipalitySettings.IgnoreTenantFilter().FirstAsync(s => s.MunicipalityId == foreign, TestContext.Current.CancellationToken);
        foreignRow.WelcomeText = "overgenomen";
        await Assert.ThrowsAsync<TenantIsolationException>(() => asHome.SaveChangesAsync(TestContext.Current.CancellationToken));
        asHome.ChangeTracker.Clear();

        // Move the own row to another municipality.
        var ownRow = await asHome.MunicipalitySettings.FirstAsync(TestContext.Current.CancellationToken);
        ownRow.MunicipalityId = foreign;
        await Assert.ThrowsAsync<TenantIsolationException>(() => asHome.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiAnswers404ForAnotherMunicipalitysSettings()
    {
        var world = fixture.World;
        var foreignAdmin = await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var homeAdmin = await fixture.ClientAsync(Principal.MunicipalityAdmin);

        var foreignGet = await foreignAdmin.GetAsync($"/api/v1/municipalities/{world.Home.Id}/settings", TestContext.Current.CancellationToken);
        var foreignPut = await foreignAdmin.PutAsJsonAsync($"/api/v1/municipalities/{world.Home.Id}/settings",
            new { messageRetentionDays = 30 }, TestContext.Current.CancellationToken);
        var ownPut = await homeAdmin.PutAsJsonAsync($"/api/v1/municipalities/{world.Home.Id}/settings",
            new { messageRetentionDays = 90, contactEmail = "team@teststad.be" }, TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status404NotFound, (int)foreignGet.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (int)foreignPut.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (int)ownPut.StatusCode);
        var own = await homeAdmin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/municipalities/{world.Home.Id}/settings", TestContext.Current.CancellationToken);
        Assert.Equal(90, own.GetProperty("messageRetentionDays").GetInt32());
    }
}

public sealed class SqliteTenancyTests(SqliteAppFixture fixture) : TenancyTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresTenancyTests(PostgresAppFixture fixture) : TenancyTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
