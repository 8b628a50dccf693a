using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Tests.Unit;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void WithoutConfigurationItIsSqliteUnderDataOfTheContentRootAndMigratesAtStartup()
    {
        var root = Path.Combine(Path.GetTempPath(), "samenspraak-tests", Guid.NewGuid().ToString("N"));

        var settings = DatabaseSettings.From(Config(), root);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(root, "data", "samenspraak.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        Assert.True(Directory.Exists(Path.Combine(root, "data")));
        Assert.True(settings.MigrateOnStartup);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void PostgreSqlMigratesAtStartupOnlyWhenAskedTo()
    {
        var connection = ("ConnectionStrings:Samenspraak", (string?)"Host=db;Database=s");

        var quiet = DatabaseSettings.From(Config(("Database:Provider", "PostgreSQL"), connection), "/tmp");
        var eager = DatabaseSettings.From(Config(("Database:Provider", "postgres"), connection, ("Database:MigrateOnStartup", "true")), "/tmp");

        Assert.Equal(DatabaseProvider.PostgreSQL, quiet.Provider);
        Assert.False(quiet.MigrateOnStartup);
        Assert.True(eager.MigrateOnStartup);
        Assert.Equal("Host=db;Database=s", quiet.ConnectionString);
    }

    [Fact]
    public void PostgreSqlWithoutConnectionStringOrAnUnknownProviderIsAConfigurationError()
    {
        Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Config(("Database:Provider", "PostgreSQL")), "/tmp"));
        Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Config(("Database:Provider", "Oracle")), "/tmp"));
    }

    [Fact]
    public void AnAbsoluteSqlitePathIsKept()
    {
        var path = Path.Combine(Path.GetTempPath(), "samenspraak-tests", Guid.NewGuid().ToString("N"), "x.db");

        var settings = DatabaseSettings.From(Config(("ConnectionStrings:Samenspraak", $"Data Source={path}")), "/elders");

        Assert.Equal(path, new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
    }
}
