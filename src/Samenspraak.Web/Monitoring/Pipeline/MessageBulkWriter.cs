using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// Stores new messages without EF change tracking (a million rows must not become a million tracked entities):
/// SQLite gets one prepared INSERT executed per row inside a single transaction, taken in turn with the module's
/// other SQLite bulk writers (<see cref="SqliteWriter"/>); PostgreSQL gets a binary COPY into
/// a temporary table followed by one INSERT ... SELECT. Both use ON CONFLICT DO NOTHING on the dedupe indexes, so
/// a row that is already stored is reported as not inserted, and retries are harmless.
/// <para>
/// Analysis at ingest (<see cref="PipelineOptions.AnalyseAtIngest"/>, ADR 004): the engine costs a few microseconds
/// per message, far less than a second write of every row, so each batch is analysed (in parallel, before the write
/// turn is taken) and inserted with its results in the same single pass, already <c>Analysed</c>. An item whose
/// analysis throws is inserted <c>Pending</c> and the durable queue (<see cref="AnalysisQueue"/>) retries it, as it
/// does for re-analysis after a model change. Nothing is committed before the insert transaction, so a crash loses
/// only the uncommitted batch, which the caller's retry stores (idempotent on the dedupe keys).
/// </para>
/// </summary>
public sealed class MessageBulkWriter(
    AppDbContext db,
    AnalyzerProvider analyzers,
    IServiceProvider services,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<MessageBulkWriter> logger)
{
    /// <summary>Returns, per item, whether it was inserted (false: a duplicate of a stored or earlier item).</summary>
    public async Task<bool[]> InsertAsync(IReadOnlyList<NewMessage> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var inserted = new bool[items.Count];
        // Duplicates inside the batch are settled here, so the database sees each key once.
        var unique = new List<int>(items.Count);
        var seen = new HashSet<(Guid, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.Add((items[i].ChannelId, items[i].Fingerprint)))
            {
                unique.Add(i);
            }
        }

        if (unique.Count == 0)
        {
            return inserted;
        }

        // Outside the write turn: two requests analyse at the same time while a third one writes.
        var analyses = await AnalyseAsync(items, unique, ct);
        var analysedAt = clock.GetUtcNow();

        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite)
        {
            // Written on the file's long-lived write connection; the context's own stays closed.
            await InsertSqliteAsync(sqlite, items, analyses, analysedAt, unique, inserted, ct);
            return inserted;
        }

        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await InsertPostgresAsync((NpgsqlConnection)connection, items, analyses, analysedAt, unique, inserted, ct);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return inserted;
    }

    /// <summary>
    /// The analysis of each unique item (null: analysis off or failed, the row is stored pending for the worker).
    /// Indexed like <paramref name="items"/>.
    /// </summary>
    private async Task<MessageAnalysis?[]> AnalyseAsync(IReadOnlyList<NewMessage> items, List<int> unique, CancellationToken ct)
    {
        var analyses = new MessageAnalysis?[items.Count];
        var settings = options.Value;
        if (!settings.AnalyseAtIngest)
        {
            return analyses;
        }

        var analyzer = await analyzers.GetAsync(services, ct);
        Parallel.For(0, unique.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = ct }, j =>
        {
            var i = unique[j];
            try
            {
                analyses[i] = MessageAnalysis.From(analyzer.Analyze(items[i].Text));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Stored pending: the worker retries it and parks it after MaxAttempts, as for any failed analysis.
                logger.LogWarning(ex, "Analysis at ingest failed for an item of channel {ChannelId}; it is queued", items[i].ChannelId);
            }
        });
        return analyses;
    }

    private const string Columns =
        "\"MunicipalityId\", \"ChannelId\", \"ExternalId\", \"Fingerprint\", \"Text\", \"AuthorPseudonym\", \"RawHandle\", " +
        "\"Url\", \"ReplyToExternalId\", \"PublishedAt\", \"ReceivedAt\"";

    // The score columns in signal order (index (int)signal, as MessageAnalysis.Scores), named by SignalColumns so a new
    // signal needs no edit here. Built once per process: the SQL text is the same for every batch.
    private static readonly string[] ScoreColumns =
        Enumerable.Range(0, Signals.Count).Select(s => "\"" + SignalColumns.ScoreColumnName((Signal)s) + "\"").ToArray();

    // The analysis result (or the pending state's zeros), written in the same pass as the message.
    private static readonly string AnalysisColumns =
        "\"AnalysisState\", \"ModelVersion\", \"AnalysedAt\", \"Language\", " + string.Join(", ", ScoreColumns) + ", " +
        "\"Flags\", \"MaxBand\", \"MaxScore\", \"Severity\", \"Harmful\", \"TargetGroups\", \"EvidenceJson\", \"ClaimId\", \"ClaimSimilarity\"";

    // Non-nullable columns without a database default that ingest always starts at zero.
    private const string InitialColumns = "\"AnalysisAttempts\", \"ReviewStatus\"";

    private static readonly string[] SqliteParameters =
    [
        "$m", "$c", "$e", "$f", "$t", "$a", "$h", "$u", "$r", "$p", "$rc",
        "$state", "$model", "$at", "$lang",
        .. Enumerable.Range(0, Signals.Count).Select(s => "$s" + s.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        "$flags", "$band", "$max", "$severity", "$harmful", "$groups", "$evidence", "$claim", "$similarity",
    ];

    // Positions in SqliteParameters after the scores (which start at 15).
    private const int FirstScore = 15;
    private const int AfterScores = FirstScore + Signals.Count;

    private static async Task InsertSqliteAsync(
        SqliteConnection template, IReadOnlyList<NewMessage> items, MessageAnalysis?[] analyses, DateTimeOffset analysedAt,
        List<int> unique, bool[] inserted, CancellationToken ct)
    {
        // The file's long-lived write connection, not the context's pooled one: it keeps its page cache between batches.
        using var turn = await SqliteWriter.EnterDedicatedAsync(template, ct);
        var connection = turn.Connection;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO \"Messages\" ({Columns}, {AnalysisColumns}, {InitialColumns}) VALUES " +
            $"({string.Join(", ", SqliteParameters)}, 0, 0) ON CONFLICT DO NOTHING RETURNING \"Id\"";
        // No explicit types: Microsoft.Data.Sqlite binds each value by its CLR type (text, integer, real, null).
        var parameters = SqliteParameters.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        command.Prepare();
        var at = SqliteValues.Time(analysedAt);
        foreach (var i in unique)
        {
            var item = items[i];
            parameters[0].Value = SqliteValues.Guid(item.MunicipalityId);
            parameters[1].Value = SqliteValues.Guid(item.ChannelId);
            parameters[2].Value = (object?)item.ExternalId ?? DBNull.Value;
            parameters[3].Value = item.Fingerprint;
            parameters[4].Value = item.Text;
            parameters[5].Value = (object?)item.AuthorPseudonym ?? DBNull.Value;
            parameters[6].Value = (object?)item.RawHandle ?? DBNull.Value;
            parameters[7].Value = (object?)item.Url ?? DBNull.Value;
            parameters[8].Value = (object?)item.ReplyToExternalId ?? DBNull.Value;
            parameters[9].Value = SqliteValues.Time(item.PublishedAt);
            parameters[10].Value = SqliteValues.Time(item.ReceivedAt);
            var a = analyses[i];
            parameters[11].Value = (int)(a is null ? AnalysisState.Pending : AnalysisState.Analysed);
            parameters[12].Value = (object?)a?.ModelVersion ?? DBNull.Value;
            parameters[13].Value = a is null ? DBNull.Value : at;
            parameters[14].Value = (object?)a?.Language ?? DBNull.Value;
            for (var s = 0; s < Signals.Count; s++)
            {
                parameters[FirstScore + s].Value = a is null ? 0.0 : (double)a.Scores[s];
            }

            parameters[AfterScores].Value = (int)(a?.Flags ?? SignalFlags.None);
            parameters[AfterScores + 1].Value = (int)(a?.MaxBand ?? Band.Laag);
            parameters[AfterScores + 2].Value = (double)(a?.MaxScore ?? 0f);
            parameters[AfterScores + 3].Value = a?.Severity ?? 0;
            parameters[AfterScores + 4].Value = a?.Harmful == true ? 1 : 0;
            parameters[AfterScores + 5].Value = (int)(a?.TargetGroups ?? TargetGroupFlags.None);
            parameters[AfterScores + 6].Value = (object?)a?.EvidenceJson ?? DBNull.Value;
            parameters[AfterScores + 7].Value = (object?)a?.ClaimId ?? DBNull.Value;
            parameters[AfterScores + 8].Value = a?.ClaimSimilarity is { } similarity ? (double)similarity : DBNull.Value;
            inserted[i] = await command.ExecuteScalarAsync(ct) is not null;
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task InsertPostgresAsync(
        NpgsqlConnection connection, IReadOnlyList<NewMessage> items, MessageAnalysis?[] analyses, DateTimeOffset analysedAt,
        List<int> unique, bool[] inserted, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // The table's name carries its shape: a pooled session may still hold an older build's temporary table.
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE IF NOT EXISTS monitoring_incoming_v8 (\"Position\" integer, \"MunicipalityId\" uuid, \"ChannelId\" uuid, " +
            "\"ExternalId\" text, \"Fingerprint\" text, \"Text\" text, \"AuthorPseudonym\" text, \"RawHandle\" text, \"Url\" text, " +
            "\"ReplyToExternalId\" text, \"PublishedAt\" timestamptz, \"ReceivedAt\" timestamptz, " +
            "\"AnalysisState\" integer, \"ModelVersion\" text, \"AnalysedAt\" timestamptz, \"Language\" text, " +
            string.Join(", ", ScoreColumns.Select(c => c + " real")) + ", \"Flags\" integer, \"MaxBand\" integer, \"MaxScore\" real, \"Severity\" integer, " +
            "\"Harmful\" boolean, \"TargetGroups\" integer, \"EvidenceJson\" text, \"ClaimId\" text, \"ClaimSimilarity\" real) ON COMMIT DELETE ROWS",
            connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY monitoring_incoming_v8 (\"Position\", {Columns}, {AnalysisColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var i in unique)
            {
                var item = items[i];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(item.MunicipalityId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(item.ChannelId, NpgsqlDbType.Uuid, ct);
                await WriteTextAsync(copy, item.ExternalId, ct);
                await copy.WriteAsync(item.Fingerprint, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(item.Text, NpgsqlDbType.Text, ct);
                await WriteTextAsync(copy, item.AuthorPseudonym, ct);
                await WriteTextAsync(copy, item.RawHandle, ct);
                await WriteTextAsync(copy, item.Url, ct);
                await WriteTextAsync(copy, item.ReplyToExternalId, ct);
                await copy.WriteAsync(item.PublishedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(item.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await WriteAnalysisAsync(copy, analyses[i], analysedAt, ct);
            }

            await copy.CompleteAsync(ct);
        }

        // Before the INSERT draws ids from the sequence, until commit: the theme job's cursor then never passes ids
        // this transaction still holds (Themes/MessageIdHorizon, ADR 006). Conflicting rows draw ids too; gaps are harmless.
        await MessageIdHorizon.LockForInsertAsync(connection, transaction, unique.Select(i => items[i].MunicipalityId), ct);

        // ON CONFLICT cannot return the skipped rows, so the inserted ones are matched back by their key.
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO \"Messages\" ({Columns}, {AnalysisColumns}, {InitialColumns}) " +
            $"SELECT {Columns}, {AnalysisColumns}, 0, 0 FROM monitoring_incoming_v8 ORDER BY \"Position\" " +
            "ON CONFLICT DO NOTHING RETURNING \"ChannelId\", \"Fingerprint\"", connection, transaction))
        {
            var stored = new HashSet<(Guid, string)>();
            await using (var reader = await insert.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    stored.Add((reader.GetGuid(0), reader.GetString(1)));
                }
            }

            foreach (var i in unique)
            {
                inserted[i] = stored.Contains((items[i].ChannelId, items[i].Fingerprint));
            }
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task WriteAnalysisAsync(NpgsqlBinaryImporter copy, MessageAnalysis? a, DateTimeOffset analysedAt, CancellationToken ct)
    {
        await copy.WriteAsync((int)(a is null ? AnalysisState.Pending : AnalysisState.Analysed), NpgsqlDbType.Integer, ct);
        await WriteTextAsync(copy, a?.ModelVersion, ct);
        if (a is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(analysedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
        }

        await WriteTextAsync(copy, a?.Language, ct);
        for (var s = 0; s < Signals.Count; s++)
        {
            await copy.WriteAsync(a is null ? 0f : a.Scores[s], NpgsqlDbType.Real, ct);
        }

        await copy.WriteAsync((int)(a?.Flags ?? SignalFlags.None), NpgsqlDbType.Integer, ct);
        await copy.WriteAsync((int)(a?.MaxBand ?? Band.Laag), NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(a?.MaxScore ?? 0f, NpgsqlDbType.Real, ct);
        await copy.WriteAsync(a?.Severity ?? 0, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(a?.Harmful == true, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync((int)(a?.TargetGroups ?? TargetGroupFlags.None), NpgsqlDbType.Integer, ct);
        await WriteTextAsync(copy, a?.EvidenceJson, ct);
        await WriteTextAsync(copy, a?.ClaimId, ct);
        if (a?.ClaimSimilarity is { } similarity)
        {
            await copy.WriteAsync(similarity, NpgsqlDbType.Real, ct);
        }
        else
        {
            await copy.WriteNullAsync(ct);
        }
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);
}

/// <summary>How EF Core stores values in SQLite, for raw SQL that must match what EF reads and filters on.</summary>
internal static class SqliteValues
{
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter TimeConverter = new();

    /// <summary>EF Core stores Guids as upper-case text.</summary>
    public static string Guid(Guid value) => value.ToString().ToUpperInvariant();

    /// <summary>The binary form the SQLite context configures for every DateTimeOffset (see SqliteAppDbContext).</summary>
    public static long Time(DateTimeOffset value) => (long)TimeConverter.ConvertToProvider(value.ToUniversalTime())!;
}
