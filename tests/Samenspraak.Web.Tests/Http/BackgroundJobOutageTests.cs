using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Http;

/// <summary>
/// A periodic job whose run throws out of ExecuteAsync stops the whole host (the default
/// BackgroundServiceExceptionBehavior), so the site would go down with the database. Every run must log and return.
/// The alert job's first query once escaped; on CI this disposed the host under DatabaseOutageTests.
/// </summary>
public sealed class BackgroundJobOutageTests
{
    private sealed class RecordingLogger : ILogger
    {
        public List<Exception> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                lock (Errors)
                {
                    Errors.Add(exception);
                }
            }
        }
    }

    [Fact]
    public async Task TheAlertAndThemeJobsLogABrokenDatabaseInsteadOfThrowing()
    {
        await using var database = new SqliteTestDatabase();
        await using var factory = new SamenspraakFactory(database);
        factory.Settings["Monitoring:Alerts:IntervalSeconds"] = "0";
        factory.Settings["Monitoring:Themes:IntervalSeconds"] = "0";
        var scopes = factory.Services.GetRequiredService<IServiceScopeFactory>();
        var ct = TestContext.Current.CancellationToken;

        SqliteConnection.ClearPool(new SqliteConnection(database.ConnectionString));
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            await File.WriteAllBytesAsync(file, new byte[8192], ct);
        }

        var alerts = new RecordingLogger();
        var themes = new RecordingLogger();
        await AlertJob.RunOnceAsync(scopes, DateTimeOffset.UtcNow, alerts, ct);
        await ThemeJob.RunOnceAsync(scopes, themes, ct);

        Assert.Contains(alerts.Errors, e => e is SqliteException);
        Assert.Contains(themes.Errors, e => e is SqliteException);
    }
}
