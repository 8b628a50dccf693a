using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Data;

/// <summary>The migrations of each provider create the schema the model expects.</summary>
public abstract class MigrationTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    protected TFixture Fixture { get; } = fixture;

    [Fact]
    public async Task StartupAppliesEveryMigrationOfTheProvider()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var all = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheModelHasNoChangesWithoutAMigration()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Fails when someone changes an entity and forgets `dotnet ef migrations add` for this provider.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task DataProtectionKeysAreStoredInTheDatabase()
    {
        // Logging in needs a key for the cookie; every instance on this database can then read that cookie.
        await Fixture.ClientAsync(Principal.Staff);
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.True(await db.DataProtectionKeys.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheContextIsTheConfiguredProvidersFlavour()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expected = Fixture.Factory.Database.Provider == DatabaseProvider.Sqlite ? typeof(SqliteAppDbContext) : typeof(PostgresAppDbContext);

        Assert.IsType(expected, db);
        Assert.True(await db.Database.CanConnectAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteMigrationTests(SqliteAppFixture fixture) : MigrationTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task SqliteRunsInWriteAheadLogMode()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", mode);
    }
}

public sealed class PostgresMigrationTests(PostgresAppFixture fixture) : MigrationTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
