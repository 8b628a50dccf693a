using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// Stores new messages without EF change tracking (a million rows must not become a million tracked entities):
/// SQLite gets one prepared INSERT executed per row inside a single transaction, taken in turn with the module's
/// other SQLite bulk writers (<see cref="SqliteWriter"/>); PostgreSQL gets a binary COPY into
/// a temporary table followed by one INSERT ... SELECT. Both use ON CONFLICT DO NOTHING on the dedupe indexes, so
/// a row that is already stored is reported as not inserted, and retries are harmless.
/// </summary>
public sealed class MessageBulkWriter(AppDbContext db)
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

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            if (connection is NpgsqlConnection postgres)
            {
                await InsertPostgresAsync(postgres, items, unique, inserted, ct);
            }
            else
            {
                await InsertSqliteAsync((SqliteConnection)connection, items, unique, inserted, ct);
            }
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

    private const string Columns =
        "\"MunicipalityId\", \"ChannelId\", \"ExternalId\", \"Fingerprint\", \"Text\", \"AuthorPseudonym\", \"RawHandle\", " +
        "\"Url\", \"ReplyToExternalId\", \"PublishedAt\", \"ReceivedAt\"";

    // Non-nullable columns without a database default get their initial values here.
    private const string InitialColumns =
        "\"AnalysisState\", \"AnalysisAttempts\", \"ScoreHate\", \"ScoreToxicity\", \"ScoreThreat\", \"ScoreDehumanisation\", " +
        "\"ScorePolarisation\", \"ScoreDoxxing\", \"ScoreDisinformation\", \"Flags\", \"MaxBand\", \"MaxScore\", \"Harmful\", " +
        "\"TargetGroups\", \"ReviewStatus\"";

    private const string InitialValuesSqlite = "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0";

    private const string InitialValuesPostgres = "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, FALSE, 0, 0";

    private static async Task InsertSqliteAsync(
        SqliteConnection connection, IReadOnlyList<NewMessage> items, List<int> unique, bool[] inserted, CancellationToken ct)
    {
        using var turn = await SqliteWriter.EnterAsync(connection, ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO \"Messages\" ({Columns}, {InitialColumns}) VALUES " +
            $"($m, $c, $e, $f, $t, $a, $h, $u, $r, $p, $rc, {InitialValuesSqlite}) ON CONFLICT DO NOTHING RETURNING \"Id\"";
        var parameters = new[] { "$m", "$c", "$e", "$f", "$t", "$a", "$h", "$u", "$r", "$p", "$rc" }
            .Select(name => command.Parameters.Add(name, name is "$p" or "$rc" ? SqliteType.Integer : SqliteType.Text))
            .ToArray();
        command.Prepare();
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
            inserted[i] = await command.ExecuteScalarAsync(ct) is not null;
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task InsertPostgresAsync(
        NpgsqlConnection connection, IReadOnlyList<NewMessage> items, List<int> unique, bool[] inserted, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE IF NOT EXISTS monitoring_incoming (\"Position\" integer, \"MunicipalityId\" uuid, \"ChannelId\" uuid, " +
            "\"ExternalId\" text, \"Fingerprint\" text, \"Text\" text, \"AuthorPseudonym\" text, \"RawHandle\" text, \"Url\" text, " +
            "\"ReplyToExternalId\" text, \"PublishedAt\" timestamptz, \"ReceivedAt\" timestamptz) ON COMMIT DELETE ROWS",
            connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY monitoring_incoming (\"Position\", {Columns}) FROM STDIN (FORMAT BINARY)", ct))
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
            }

            await copy.CompleteAsync(ct);
        }

        // ON CONFLICT cannot return the skipped rows, so the inserted ones are matched back by their key.
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO \"Messages\" ({Columns}, {InitialColumns}) " +
            $"SELECT {Columns}, {InitialValuesPostgres} FROM monitoring_incoming ORDER BY \"Position\" " +
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
