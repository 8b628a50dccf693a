using System.Collections.Concurrent;

namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>
/// One running application with its own fresh database and a <see cref="TestWorld"/>, shared by the tests of one
/// class (IClassFixture). Subclasses pick the database; override <see cref="Configure"/> for settings.
/// Use <see cref="ClientAsync"/> to get a client logged in as a principal through the real log-in form.
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Principal, Lazy<Task<HttpClient>>> _clients = new();
    private SamenspraakFactory? _factory;
    private TestWorld? _world;

    /// <summary>Why this fixture cannot run (PostgreSQL not configured outside CI), or null.</summary>
    public string? UnavailableReason { get; private set; }

    public SamenspraakFactory Factory => Available(_factory);

    public TestWorld World => Available(_world);

    public IServiceProvider Services => Factory.Services;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Null when the database provider is available; a reason to skip otherwise.</summary>
    protected virtual string? ProviderUnavailableReason() => null;

    /// <summary>Adjust application settings before the server starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async ValueTask InitializeAsync()
    {
        UnavailableReason = ProviderUnavailableReason();
        if (UnavailableReason is not null)
        {
            return;
        }

        var database = await CreateDatabaseAsync();
        _factory = new SamenspraakFactory(database);
        Configure(_factory.Settings);
        _ = _factory.Server; // starts the app: migrations and first-run seeding happen here
        _world = await TestWorld.CreateAsync(_factory.Services);
    }

    /// <summary>A new client; logged in (via the real form) unless the principal is anonymous. Cached per principal.</summary>
    public Task<HttpClient> ClientAsync(Principal principal) =>
        _clients.GetOrAdd(principal, p => new Lazy<Task<HttpClient>>(() => LogInAsync(p))).Value;

    /// <summary>A fresh, not cached client, logged in as the principal.</summary>
    public async Task<HttpClient> LogInAsync(Principal principal)
    {
        var client = Factory.CreateBrowserClient();
        if (principal != Principal.Anonymous)
        {
            await LoginForm.LogInAsync(client, TestWorld.EmailOf(principal), TestWorld.Password);
        }

        return client;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            (await client.Value).Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            await _factory.Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private T Available<T>(T? value) where T : class
    {
        if (UnavailableReason is not null)
        {
            Assert.Skip(UnavailableReason);
        }

        return value ?? throw new InvalidOperationException("The fixture has not been initialised.");
    }
}

/// <summary>The application on a fresh SQLite file.</summary>
public class SqliteAppFixture : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

/// <summary>The application on a fresh PostgreSQL database (skipped without SAMENSPRAAK_TEST_POSTGRES, failing in CI).</summary>
public class PostgresAppFixture : AppFixture
{
    protected override string? ProviderUnavailableReason() => TestDatabase.PostgresUnavailableReason();

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
