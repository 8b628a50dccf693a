using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// The theme and alert jobs with an interval and a start delay of an hour: within a test run only the wake-up after
/// analysed messages were stored (and, for alerts, by the theme job) can make them run.
/// </summary>
public sealed class PromptJobsSqliteFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => PromptJobSettings.Apply(settings);
}

public sealed class PromptJobsPostgresFixture : PostgresAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => PromptJobSettings.Apply(settings);
}

/// <summary>Analysis at ingest off: messages are stored pending and the analysis worker wakes the jobs.</summary>
public sealed class PromptJobsWorkerSqliteFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        PromptJobSettings.Apply(settings);
        settings["Monitoring:Pipeline:AnalyseAtIngest"] = "false";
    }
}

internal static class PromptJobSettings
{
    public static void Apply(Dictionary<string, string?> settings)
    {
        foreach (var job in new[] { "Themes", "Alerts" })
        {
            settings[$"Monitoring:{job}:IntervalSeconds"] = "3600";
            settings[$"Monitoring:{job}:StartDelaySeconds"] = "3600";
            settings[$"Monitoring:{job}:WakeupGapSeconds"] = "1";
        }
    }
}

/// <summary>Messages that the pipeline analysed reach the themes and the alert rules without waiting for the interval.</summary>
public abstract class PromptJobTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    /// <summary>Only stops a broken wake-up from hanging the run; nothing is asserted about how long it took.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Analysed_messages_wake_the_theme_job_and_the_alert_job()
    {
        var home = app.World.Home.Id;
        const string tag = "#wekkerstation";
        var channel = await MonitoringTestData.ChannelAsync(app.Services, home, "Wekkerkanaal");
        var rule = new AlertRule
        {
            Id = Guid.NewGuid(), MunicipalityId = home, Name = "Haat op het wekkerkanaal", Kind = AlertKind.Signal,
            Signal = Signal.Hate, ChannelId = channel.Id, Threshold = 1, WindowHours = 24, CreatedAt = DateTimeOffset.UtcNow,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(rule);
            await db.SaveChangesAsync();
        }

        var now = DateTimeOffset.UtcNow;
        // Analysed at ingest (or by the worker when that is off): whoever stores the results wakes both jobs.
        await MonitoringTestData.IngestAsync(app.Services, channel, [.. Enumerable.Range(0, 6).Select(i => new IncomingMessage(
            $"w{i}", $"Die vuile asielzoekers aan het station zijn ratten, buiten met dat volk {tag} ({i})", $"wekker{i}", now.AddMinutes(-i), null, null))]);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(Patience);
        // Every analysed message gets a theme (possibly one of its own): all six assigned means the job ran after them.
        var themed = await EventuallyAsync("theme assignment of the six messages", async db =>
        {
            var messages = db.Set<Samenspraak.Web.Monitoring.Messages.Message>().IgnoreTenantFilter().Where(m => m.ChannelId == channel.Id).Select(m => m.Id);
            var themes = await db.Set<ThemeMessage>().IgnoreTenantFilter().Where(t => messages.Contains(t.MessageId))
                .Select(t => t.ThemeId).ToListAsync(patience.Token);
            return themes.Count == 6 ? themes : null;
        }, patience.Token);
        var notification = await EventuallyAsync("a notification of the rule", async db =>
            await db.Set<AlertNotification>().IgnoreTenantFilter().AsNoTracking()
                .FirstOrDefaultAsync(n => n.RuleId == rule.Id, patience.Token), patience.Token);

        // Same hashtag and wording: one theme holds them all.
        Assert.Single(themed.Distinct());
        Assert.Equal(home, notification.MunicipalityId);
        Assert.True(notification.Count >= 1);
    }

    private async Task<T> EventuallyAsync<T>(string what, Func<AppDbContext, Task<T?>> probe, CancellationToken ct) where T : class
    {
        try
        {
            while (true)
            {
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    if (await probe(scope.ServiceProvider.GetRequiredService<AppDbContext>()) is { } found)
                    {
                        return found;
                    }
                }

                await Task.Delay(200, ct);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"No {what} appeared: the jobs were not woken (their interval and start delay are an hour).");
            throw;
        }
    }
}

public sealed class SqlitePromptJobTests(PromptJobsSqliteFixture app) : PromptJobTests<PromptJobsSqliteFixture>(app), IClassFixture<PromptJobsSqliteFixture>;

public sealed class PostgresPromptJobTests(PromptJobsPostgresFixture app) : PromptJobTests<PromptJobsPostgresFixture>(app), IClassFixture<PromptJobsPostgresFixture>;

public sealed class SqliteWorkerPromptJobTests(PromptJobsWorkerSqliteFixture app) : PromptJobTests<PromptJobsWorkerSqliteFixture>(app), IClassFixture<PromptJobsWorkerSqliteFixture>;
