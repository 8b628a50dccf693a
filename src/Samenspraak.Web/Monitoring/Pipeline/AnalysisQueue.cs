using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>A claimed message: its id and the text to analyse.</summary>
public readonly record struct ClaimedMessage(long Id, string Text);

/// <summary>
/// The durable analysis queue: the pending rows of <c>Messages</c> themselves (ADR 004). A worker claims a batch
/// by stamping a lease id and expiry on it (PostgreSQL: FOR UPDATE SKIP LOCKED, so instances never claim the same
/// rows; SQLite: one UPDATE ... RETURNING under its single writer). Results are stored only where the lease id still
/// matches, so a worker whose lease expired and was taken over cannot overwrite or double-count anything.
/// </summary>
public sealed class AnalysisQueue(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(Guid leaseId, int batchSize, TimeSpan lease, int maxAttempts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = new List<ClaimedMessage>(batchSize);
        await using var scope = await OpenAsync(ct);
        if (scope.Connection is NpgsqlConnection postgres)
        {
            await using var command = new NpgsqlCommand(
                "UPDATE \"Messages\" m SET \"LeaseId\" = @lease, \"LeasedUntil\" = @until, \"AnalysisAttempts\" = m.\"AnalysisAttempts\" + 1 " +
                "FROM (SELECT \"Id\" FROM \"Messages\" WHERE \"AnalysisState\" = 0 AND (\"LeasedUntil\" IS NULL OR \"LeasedUntil\" < @now) " +
                "AND \"AnalysisAttempts\" < @max ORDER BY \"Id\" LIMIT @n FOR UPDATE SKIP LOCKED) c " +
                "WHERE m.\"Id\" = c.\"Id\" RETURNING m.\"Id\", m.\"Text\"", postgres);
            command.Parameters.AddWithValue("lease", leaseId);
            command.Parameters.AddWithValue("until", (now + lease).UtcDateTime);
            command.Parameters.AddWithValue("now", now.UtcDateTime);
            command.Parameters.AddWithValue("max", maxAttempts);
            command.Parameters.AddWithValue("n", batchSize);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new ClaimedMessage(reader.GetInt64(0), reader.GetString(1)));
            }
        }
        else
        {
            using var turn = await SqliteWriter.EnterAsync((SqliteConnection)scope.Connection, ct);
            await using var command = ((SqliteConnection)scope.Connection).CreateCommand();
            command.CommandText =
                "UPDATE \"Messages\" SET \"LeaseId\" = $lease, \"LeasedUntil\" = $until, \"AnalysisAttempts\" = \"AnalysisAttempts\" + 1 " +
                "WHERE \"Id\" IN (SELECT \"Id\" FROM \"Messages\" WHERE \"AnalysisState\" = 0 AND (\"LeasedUntil\" IS NULL OR \"LeasedUntil\" < $now) " +
                "AND \"AnalysisAttempts\" < $max ORDER BY \"Id\" LIMIT $n) RETURNING \"Id\", \"Text\"";
            command.Parameters.AddWithValue("$lease", SqliteValues.Guid(leaseId));
            command.Parameters.AddWithValue("$until", SqliteValues.Time(now + lease));
            command.Parameters.AddWithValue("$now", SqliteValues.Time(now));
            command.Parameters.AddWithValue("$max", maxAttempts);
            command.Parameters.AddWithValue("$n", batchSize);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new ClaimedMessage(reader.GetInt64(0), reader.GetString(1)));
            }
        }

        return claimed;
    }

    /// <summary>Stores results of a claimed batch; returns how many rows were still ours and got stored.</summary>
    public async Task<int> CompleteAsync(Guid leaseId, IReadOnlyList<(long Id, MessageAnalysis Analysis)> results, CancellationToken ct)
    {
        if (results.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        await using var scope = await OpenAsync(ct);
        return scope.Connection is NpgsqlConnection postgres
            ? await CompletePostgresAsync(postgres, leaseId, results, now, ct)
            : await CompleteSqliteAsync((SqliteConnection)scope.Connection, leaseId, results, now, ct);
    }

    /// <summary>Parks messages that failed <paramref name="maxAttempts"/> times and whose last lease expired.</summary>
    public Task<int> ParkExhaustedAsync(int maxAttempts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Set<Message>().IgnoreQueryFilters()
            .Where(m => m.AnalysisState == AnalysisState.Pending && m.AnalysisAttempts >= maxAttempts && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnalysisState, AnalysisState.Failed).SetProperty(m => m.LeaseId, (Guid?)null), ct);
    }

    /// <summary>Puts messages analysed by another model version back in the queue (background re-analysis).</summary>
    public Task<int> RequeueOutdatedAsync(string modelVersion, CancellationToken ct) =>
        db.Set<Message>().IgnoreQueryFilters()
            .Where(m => m.AnalysisState == AnalysisState.Analysed && m.ModelVersion != modelVersion && m.PurgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnalysisState, AnalysisState.Pending).SetProperty(m => m.AnalysisAttempts, 0), ct);

    /// <summary>"ScoreHate" = {prefix}0, ... in signal order; the column names come from <see cref="SignalColumns"/>.</summary>
    private static string ScoreAssignments(string prefix) =>
        string.Join(", ", Signals.All.Select(s => $"\"{SignalColumns.ScoreColumnName(s)}\" = {prefix}{(int)s}"));

    private static async Task<int> CompleteSqliteAsync(
        SqliteConnection connection, Guid leaseId, IReadOnlyList<(long Id, MessageAnalysis Analysis)> results, DateTimeOffset now, CancellationToken ct)
    {
        using var turn = await SqliteWriter.EnterAsync(connection, ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "UPDATE \"Messages\" SET \"AnalysisState\" = 1, \"LeaseId\" = NULL, \"LeasedUntil\" = NULL, \"AnalysedAt\" = $at, " +
            "\"Language\" = $lang, \"ModelVersion\" = $model, " + ScoreAssignments("$s") + ", " +
            "\"Flags\" = $flags, \"MaxBand\" = $band, \"MaxScore\" = $max, \"Severity\" = $severity, \"Harmful\" = $harmful, \"TargetGroups\" = $groups, " +
            "\"EvidenceJson\" = $evidence, \"ClaimId\" = $claim, \"ClaimSimilarity\" = $similarity " +
            "WHERE \"Id\" = $id AND \"LeaseId\" = $lease AND \"AnalysisState\" = 0";
        command.Parameters.AddWithValue("$at", SqliteValues.Time(now));
        command.Parameters.AddWithValue("$lease", SqliteValues.Guid(leaseId));
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var lang = command.Parameters.Add("$lang", SqliteType.Text);
        var model = command.Parameters.Add("$model", SqliteType.Text);
        var scores = Enumerable.Range(0, Signals.Count).Select(i => command.Parameters.Add($"$s{i}", SqliteType.Real)).ToArray();
        var flags = command.Parameters.Add("$flags", SqliteType.Integer);
        var band = command.Parameters.Add("$band", SqliteType.Integer);
        var max = command.Parameters.Add("$max", SqliteType.Real);
        var severity = command.Parameters.Add("$severity", SqliteType.Integer);
        var harmful = command.Parameters.Add("$harmful", SqliteType.Integer);
        var groups = command.Parameters.Add("$groups", SqliteType.Integer);
        var evidence = command.Parameters.Add("$evidence", SqliteType.Text);
        var claim = command.Parameters.Add("$claim", SqliteType.Text);
        var similarity = command.Parameters.Add("$similarity", SqliteType.Real);
        command.Prepare();
        var stored = 0;
        foreach (var (messageId, a) in results)
        {
            id.Value = messageId;
            lang.Value = a.Language;
            model.Value = a.ModelVersion;
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i].Value = (double)a.Scores[i];
            }

            flags.Value = (int)a.Flags;
            band.Value = (int)a.MaxBand;
            max.Value = (double)a.MaxScore;
            severity.Value = a.Severity;
            harmful.Value = a.Harmful ? 1 : 0;
            groups.Value = (int)a.TargetGroups;
            evidence.Value = (object?)a.EvidenceJson ?? DBNull.Value;
            claim.Value = (object?)a.ClaimId ?? DBNull.Value;
            similarity.Value = a.ClaimSimilarity is { } s ? (double)s : DBNull.Value;
            stored += await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return stored;
    }

    private static async Task<int> CompletePostgresAsync(
        NpgsqlConnection connection, Guid leaseId, IReadOnlyList<(long Id, MessageAnalysis Analysis)> results, DateTimeOffset now, CancellationToken ct)
    {
        // One statement for the whole batch: the results travel as parallel arrays and are joined with unnest.
        await using var command = new NpgsqlCommand(
            "UPDATE \"Messages\" m SET \"AnalysisState\" = 1, \"LeaseId\" = NULL, \"LeasedUntil\" = NULL, \"AnalysedAt\" = @at, " +
            "\"Language\" = u.lang, \"ModelVersion\" = u.model, " + ScoreAssignments("u.s") + ", " +
            "\"Flags\" = u.flags, \"MaxBand\" = u.band, \"MaxScore\" = u.maxscore, \"Severity\" = u.severity, \"Harmful\" = u.harmful, \"TargetGroups\" = u.groups, " +
            "\"EvidenceJson\" = u.evidence, \"ClaimId\" = u.claim, \"ClaimSimilarity\" = u.similarity " +
            "FROM unnest(@ids, @lang, @model, @s0, @s1, @s2, @s3, @s4, @s5, @s6, @flags, @band, @maxscore, @severity, @harmful, @groups, @evidence, @claim, @similarity) " +
            "AS u(id, lang, model, s0, s1, s2, s3, s4, s5, s6, flags, band, maxscore, severity, harmful, groups, evidence, claim, similarity) " +
            "WHERE m.\"Id\" = u.id AND m.\"LeaseId\" = @lease AND m.\"AnalysisState\" = 0", connection);
        command.Parameters.AddWithValue("at", now.UtcDateTime);
        command.Parameters.AddWithValue("lease", leaseId);
        command.Parameters.AddWithValue("ids", results.Select(r => r.Id).ToArray());
        command.Parameters.AddWithValue("lang", results.Select(r => r.Analysis.Language).ToArray());
        command.Parameters.AddWithValue("model", results.Select(r => r.Analysis.ModelVersion).ToArray());
        for (var i = 0; i < Signals.Count; i++)
        {
            var signal = i;
            command.Parameters.AddWithValue($"s{i}", results.Select(r => r.Analysis.Scores[signal]).ToArray());
        }

        command.Parameters.AddWithValue("flags", results.Select(r => (int)r.Analysis.Flags).ToArray());
        command.Parameters.AddWithValue("band", results.Select(r => (int)r.Analysis.MaxBand).ToArray());
        command.Parameters.AddWithValue("maxscore", results.Select(r => r.Analysis.MaxScore).ToArray());
        command.Parameters.AddWithValue("severity", results.Select(r => r.Analysis.Severity).ToArray());
        command.Parameters.AddWithValue("harmful", results.Select(r => r.Analysis.Harmful).ToArray());
        command.Parameters.AddWithValue("groups", results.Select(r => (int)r.Analysis.TargetGroups).ToArray());
        command.Parameters.Add(new NpgsqlParameter("evidence", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = results.Select(r => r.Analysis.EvidenceJson).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("claim", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = results.Select(r => r.Analysis.ClaimId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("similarity", NpgsqlDbType.Array | NpgsqlDbType.Real) { Value = results.Select(r => r.Analysis.ClaimSimilarity).ToArray() });
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<ConnectionScope> OpenAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        return new ConnectionScope(connection, opened);
    }

    private sealed class ConnectionScope(System.Data.Common.DbConnection connection, bool close) : IAsyncDisposable
    {
        public System.Data.Common.DbConnection Connection => connection;

        public async ValueTask DisposeAsync()
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }
}
