using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// The theme job's batch read (issue 4, stop 7): the next analysed messages of one municipality after the cursor, in
/// id order. On SQLite it must walk the primary key from the cursor: through a (MunicipalityId, …) index it visited
/// every message of the municipality on every batch, which made a catch-up over a million messages quadratic.
/// </summary>
public abstract class ThemeBatchReadTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    protected TFixture App => app;

    /// <summary>Two municipalities whose messages alternate in id order; returns the first one's ids.</summary>
    protected async Task<(Guid Municipality, List<long> Ids)> ArrangeAsync((string Own, string Other) nisCodes)
    {
        var own = await MunicipalityAsync(nisCodes.Own);
        var other = await MunicipalityAsync(nisCodes.Other);
        var ownChannel = await MonitoringTestData.ChannelAsync(app.Services, own, "Batchkanaal");
        var otherChannel = await MonitoringTestData.ChannelAsync(app.Services, other, "Batchkanaal buren");
        for (var i = 0; i < 4; i++)
        {
            await MonitoringTestData.IngestAsync(app.Services, ownChannel, Message("eigen-" + i));
            await MonitoringTestData.IngestAsync(app.Services, otherChannel, Message("buren-" + i));
        }
        await MonitoringTestData.AnalysedAsync(app.Services, otherChannel.Id, 4);
        var ids = (await MonitoringTestData.AnalysedAsync(app.Services, ownChannel.Id, 4)).Select(m => m.Id).Order().ToList();
        return (own, ids);
    }

    [Fact]
    public async Task The_batch_holds_the_municipality_s_messages_after_the_cursor_up_to_the_limit_in_id_order()
    {
        var (municipality, ids) = await ArrangeAsync(NisCodes);
        await using var scope = app.Services.CreateAsyncScope();
        var updater = scope.ServiceProvider.GetRequiredService<ThemeUpdater>();

        var read = await updater.BatchSource(municipality, ids[0], ids[2]).Select(m => m.Id).ToListAsync();

        // The neighbour's messages between them are not read; the cursor's own message and those after the limit neither.
        Assert.Equal(new List<long> { ids[1], ids[2] }, read);
        Assert.Equal(ids, await updater.BatchSource(municipality, 0, long.MaxValue).Select(m => m.Id).ToListAsync());
    }

    /// <summary>Municipalities of their own per database, so no other test's messages interleave.</summary>
    protected abstract (string Own, string Other) NisCodes { get; }

    private static IncomingMessage Message(string id) =>
        new(id, $"De heraanleg van het Schoolplein duurt te lang ({id})", "auteur-" + id, DateTimeOffset.UtcNow.AddHours(-2), null, null);

    private async Task<Guid> MunicipalityAsync(string nisCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entity = new Municipality
        {
            Name = "Batchgem " + nisCode, NisCode = nisCode, Province = Province.Limburg, Population = 9_000, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Municipalities.Add(entity);
        await db.SaveChangesAsync();
        return entity.Id;
    }
}

public sealed class PostgresThemeBatchReadTests(ThemeJobsOffPostgresFixture app)
    : ThemeBatchReadTests<ThemeJobsOffPostgresFixture>(app), IClassFixture<ThemeJobsOffPostgresFixture>
{
    protected override (string Own, string Other) NisCodes => ("79003", "79013");
}

public sealed class SqliteThemeBatchReadTests(ThemeJobsOffSqliteFixture app)
    : ThemeBatchReadTests<ThemeJobsOffSqliteFixture>(app), IClassFixture<ThemeJobsOffSqliteFixture>
{
    protected override (string Own, string Other) NisCodes => ("79004", "79014");

    [Fact]
    public async Task SQLite_reads_the_batch_along_the_primary_key_without_sorting_the_municipality_s_messages()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var updater = scope.ServiceProvider.GetRequiredService<ThemeUpdater>();
        // The same shape as the job's read: the batch limit and the columns it projects.
        var query = updater.BatchSource(Guid.NewGuid(), 1_000, long.MaxValue).Take(ThemeUpdater.BatchSize)
            .Select(m => new { m.Id, m.Text, m.PublishedAt, m.Harmful, m.TargetGroups, m.AnalysisState, m.Flags });

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = query.CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            var plan = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }
            }

            var text = string.Join(" | ", plan);
            Assert.Contains("INTEGER PRIMARY KEY", text, StringComparison.Ordinal);
            Assert.DoesNotContain("TEMP B-TREE", text, StringComparison.Ordinal);
            Assert.DoesNotContain("IX_Messages_MunicipalityId", text, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
