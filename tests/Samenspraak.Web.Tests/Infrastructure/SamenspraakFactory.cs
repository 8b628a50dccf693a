using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a real database (SQLite file or PostgreSQL database) in the "Testing" environment.
/// Settings can be overridden per test class through <see cref="Settings"/> before the server starts.
/// The first-run banner is captured in <see cref="ConsoleOutput"/> instead of the test runner's console.
/// </summary>
public class SamenspraakFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "samenspraak-tests", "scratch-" + Guid.NewGuid().ToString("N"));

    public TestDatabase Database { get; } = database;

    public StringWriter ConsoleOutput { get; } = new();

    /// <summary>Folder that receives mails as .eml files unless a test configures SMTP.</summary>
    public string MailFolder => Path.Combine(_scratch, "mail");

    /// <summary>Configuration for the app; change before the first request or client.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Development loads the static web assets manifest by itself; "Testing" needs it said (blazor.web.js, CSS).
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:Samenspraak"] = Database.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Samenspraak:SeedDemo"] = "false",
            ["Mail:Host"] = "",
            ["Mail:PickupDirectory"] = MailFolder,
            // Every test client shares one "IP" in the test server; only the rate limit tests want real limits.
            ["RateLimiting:LoginPermitLimit"] = "100000",
            ["RateLimiting:ApiPermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<FirstRunConsole>();
            services.AddSingleton(new FirstRunConsole(TextWriter.Synchronized(ConsoleOutput)));
            services.AddSingleton<IStartupFilter, LoopbackClientFilter>();
        });
    }

    /// <summary>
    /// A client that talks HTTPS to the test server (the log-in cookie is Secure), keeps cookies and does not
    /// follow redirects, so tests can see the 302 to the log-in page.
    /// </summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>The test server leaves the client address empty; real requests always have one (rate limits, audit).</summary>
    private sealed class LoopbackClientFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            if (Directory.Exists(_scratch))
            {
                Directory.Delete(_scratch, recursive: true);
            }
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
