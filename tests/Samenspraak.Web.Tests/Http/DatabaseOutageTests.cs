using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Http;

/// <summary>A PostgreSQL configuration whose server does not answer: the app still starts and says so on /health.</summary>
public sealed class DatabaseOutageTests
{
    private sealed class UnreachableDatabase : TestDatabase
    {
        public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

        // Port 1 on the loopback interface refuses connections at once.
        public override string ConnectionString => "Host=127.0.0.1;Port=1;Database=samenspraak;Username=x;Password=x;Timeout=2";

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task HealthIs503WhenTheDatabaseIsDownAndLivenessStaysUp()
    {
        await using var factory = new SamenspraakFactory(new UnreachableDatabase());
        factory.Settings["Database:MigrateOnStartup"] = "false";
        var client = factory.CreateBrowserClient();

        var health = await client.GetAsync("/health");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task AnUnexpectedErrorIsA500WithoutDetailsForPagesAndApis()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new SamenspraakFactory(database);
        var world = await TestWorld.CreateAsync(factory.Services);
        var client = factory.CreateBrowserClient();
        await LoginForm.LogInAsync(client, TestWorld.EmailOf(Principal.PlatformAdmin), TestWorld.Password);

        // Corrupt the database under the running app: every query now fails deep inside the provider.
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            await File.WriteAllBytesAsync(file, new byte[8192], TestContext.Current.CancellationToken);
        }

        var api = await client.GetAsync("/api/v1/municipalities");
        var page = await client.GetAsync("/beheer/gemeenten");

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Er ging iets mis", problem.GetProperty("title").GetString());
        var apiText = problem.ToString();
        Assert.DoesNotContain("Sqlite", apiText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", apiText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        _ = world;
    }
}
