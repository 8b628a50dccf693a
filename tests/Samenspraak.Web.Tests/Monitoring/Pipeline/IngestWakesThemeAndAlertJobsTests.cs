using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Pipeline;

/// <summary>
/// With analysis at ingest the rows are stored analysed and the analysis worker finds nothing to claim, so the ingest
/// itself must wake the theme and alert jobs (they subscribe to <see cref="AnalysisStoredSignal"/>); otherwise new
/// themes and alerts waited for the jobs' full interval. The listener here stands in for the jobs' own signal.
/// </summary>
public abstract class IngestWakesThemeAndAlertJobsTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    [Fact]
    public async Task An_ingest_that_stores_analysed_messages_wakes_the_subscribers_of_AnalysisStoredSignal()
    {
        var ct = TestContext.Current.CancellationToken;
        var municipality = await MunicipalityAsync();
        var channel = await MonitoringTestData.ChannelAsync(app.Services, municipality, "Wekkanaal");
        var listener = new PipelineSignal();
        app.Services.GetRequiredService<AnalysisStoredSignal>().Subscribe(listener);

        var results = await MonitoringTestData.IngestAsync(app.Services, channel,
            new IncomingMessage("wek-1", "Die vuile profiteurs zijn allemaal ratten, buiten met dat volk", "auteur", DateTimeOffset.UtcNow, null, null));

        Assert.Equal(IngestOutcome.Accepted, Assert.Single(results).Outcome);
        var stored = Assert.Single(await MonitoringTestData.MessagesAsync(app.Services, channel.Id));
        Assert.Equal(AnalysisState.Analysed, stored.AnalysisState);
        Assert.True(await listener.WaitAsync(TimeSpan.Zero, ct), "the ingest did not wake the theme and alert jobs");
    }

    private async Task<Guid> MunicipalityAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = new Municipality
        {
            Name = "Wekgem", NisCode = "90078", Province = Province.Limburg, Population = 9_000, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }
}

public sealed class SqliteIngestWakesThemeAndAlertJobsTests(SqliteAppFixture app)
    : IngestWakesThemeAndAlertJobsTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresIngestWakesThemeAndAlertJobsTests(PostgresAppFixture app)
    : IngestWakesThemeAndAlertJobsTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
