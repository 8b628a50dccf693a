using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Pipeline;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// The theme job's id cursor and transactions that commit out of id order (issue 4, ADR 006). An insert of message
/// A stays open while message B, with a higher id, is stored and committed; then the theme job runs, A commits, and
/// the job runs again. A must be themed and counted like B: before the horizon the job moved its cursor past B on
/// PostgreSQL and A was never counted. On SQLite B cannot even be stored before A commits (one writer), which the
/// SQLite test shows as the reason SQLite needs no horizon.
/// </summary>
public abstract class ThemeCursorHorizonTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string Topic = "Het zwembad Ter Beke blijft dicht, wanneer gaat het zwembad terug open #zwembadterbeke";

    protected TFixture App => app;

    /// <summary>A municipality of its own: the recount covers all its messages and no other test writes there.</summary>
    protected async Task<(Guid Municipality, Channel Channel, long Template)> ArrangeAsync(string nisCode)
    {
        Guid municipality;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entity = new Municipality
            {
                Name = "Cursorgem " + nisCode, NisCode = nisCode, Province = Province.Limburg, Population = 9_000, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Municipalities.Add(entity);
            await db.SaveChangesAsync();
            municipality = entity.Id;
        }

        var channel = await MonitoringTestData.ChannelAsync(app.Services, municipality, "Cursorkanaal");
        await IngestAsync(channel, "sjabloon", CancellationToken.None);
        var template = Assert.Single(await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, 1)).Id;
        await UpdateAsync(municipality, CancellationToken.None);
        return (municipality, channel, template);
    }

    protected async Task IngestAsync(Channel channel, string id, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MessageIngestor>().IngestAsync(
            channel, [new IncomingMessage(id, $"{Topic} ({id})", "auteur-" + id, DateTimeOffset.UtcNow.AddHours(-1), null, null)], ct);
        Assert.Equal(IngestOutcome.Accepted, Assert.Single(result).Outcome);
    }

    protected async Task<int> UpdateAsync(Guid municipality, CancellationToken ct)
    {
        await Task.Yield();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(municipality, ct);
    }

    protected async Task<string> ConnectionStringAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
    }

    /// <summary>
    /// Inserts a copy of the (analysed) template message under a new external id and fingerprint in the given open
    /// transaction, as an ingest batch does, and returns its id.
    /// </summary>
    protected async Task<long> InsertCopyAsync(DbConnection connection, DbTransaction transaction, long template, string id, CancellationToken ct)
    {
        List<string> columns;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            columns = [.. db.Model.FindEntityType(typeof(Message))!.GetProperties().Where(p => p.Name != nameof(Message.Id)).Select(p => p.GetColumnName())];
        }

        var values = columns.Select(c => c switch
        {
            nameof(Message.ExternalId) => "@ext",
            nameof(Message.Fingerprint) => "@fingerprint",
            _ => $"\"{c}\"",
        });
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO \"Messages\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", values)} FROM \"Messages\" WHERE \"Id\" = @template RETURNING \"Id\"";
        AddParameter(command, "@ext", id);
        AddParameter(command, "@fingerprint", "held-open-" + id);
        AddParameter(command, "@template", template);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    protected async Task<long> IdOfAsync(Guid channel, string externalId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Message>().IgnoreTenantFilter().Where(m => m.ChannelId == channel && m.ExternalId == externalId).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Both messages have a theme, and every counter of the municipality equals a recount.</summary>
    protected async Task AssertThemedAndCountedAsync(Guid municipality, long first, long second, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var members = await db.Set<ThemeMessage>().IgnoreTenantFilter().Where(t => t.MunicipalityId == municipality)
            .Select(t => t.MessageId).ToListAsync(ct);
        Assert.Contains(second, members);
        Assert.True(members.Contains(first), $"Message {first}, committed after {second}, was skipped by the theme cursor.");
        await AggregateRecount.AssertEqualAsync(db, municipality, ct);
    }
}

/// <summary>PostgreSQL: the job waits for the open insert (its shared lock) before it reads its horizon.</summary>
public sealed class PostgresThemeCursorHorizonTests(ThemeJobsOffPostgresFixture app)
    : ThemeCursorHorizonTests<ThemeJobsOffPostgresFixture>(app), IClassFixture<ThemeJobsOffPostgresFixture>
{
    [Fact]
    public async Task A_message_that_commits_after_a_higher_id_is_still_themed_and_counted()
    {
        // A hang (a lock never released) fails the test instead of blocking the run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        var (municipality, channel, template) = await ArrangeAsync("79001");

        await using var held = new NpgsqlConnection(await ConnectionStringAsync());
        await held.OpenAsync(ct);
        await using var transaction = await held.BeginTransactionAsync(ct);
        // The ingest path's own lock call, then the insert that draws the id.
        await MessageIdHorizon.LockForInsertAsync(held, transaction, [municipality], ct);
        var first = await InsertCopyAsync(held, transaction, template, "eerst-begonnen", ct);

        await IngestAsync(channel, "later-begonnen", ct);
        var second = await IdOfAsync(channel.Id, "later-begonnen");
        Assert.True(second > first);

        var update = UpdateAsync(municipality, ct);
        // The job either finished (it did not wait: the bug) or is queued on the advisory lock; only then commit.
        await using (var probe = new NpgsqlConnection(held.ConnectionString))
        {
            await probe.OpenAsync(ct);
            while (!update.IsCompleted && !await AdvisoryLockWaitingAsync(probe, ct))
            {
                await Task.Delay(50, ct);
            }
        }

        await transaction.CommitAsync(ct);
        await update.WaitAsync(ct);
        await UpdateAsync(municipality, ct);

        await AssertThemedAndCountedAsync(municipality, first, second, ct);
    }

    private static async Task<bool> AdvisoryLockWaitingAsync(NpgsqlConnection probe, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database " +
            "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()", probe);
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }
}

/// <summary>SQLite: the later message cannot be stored while the first insert is open, so ids commit in order.</summary>
public sealed class SqliteThemeCursorHorizonTests(ThemeJobsOffSqliteFixture app)
    : ThemeCursorHorizonTests<ThemeJobsOffSqliteFixture>(app), IClassFixture<ThemeJobsOffSqliteFixture>
{
    [Fact]
    public async Task A_later_insert_waits_for_the_open_one_so_ids_commit_in_order_and_both_are_counted()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        var (municipality, channel, template) = await ArrangeAsync("79002");

        await using var held = new SqliteConnection(await ConnectionStringAsync());
        await held.OpenAsync(ct);
        // BEGIN IMMEDIATE: this connection is the database's one writer until it commits.
        await using var transaction = held.BeginTransaction(deferred: false);
        var first = await InsertCopyAsync(held, transaction, template, "eerst-begonnen", ct);

        // On a thread of its own: Microsoft.Data.Sqlite waits for a busy database synchronously.
        var later = Task.Run(() => IngestAsync(channel, "later-begonnen", ct), ct);
        await Task.Delay(500, ct);
        // Not a timing claim: however long we wait, the second insert cannot commit before the first one does.
        Assert.False(later.IsCompleted, "A second writer committed while the first write transaction was open.");

        await transaction.CommitAsync(ct);
        await later.WaitAsync(ct);
        var second = await IdOfAsync(channel.Id, "later-begonnen");
        Assert.True(second > first);

        await UpdateAsync(municipality, ct);
        await AssertThemedAndCountedAsync(municipality, first, second, ct);
    }
}
