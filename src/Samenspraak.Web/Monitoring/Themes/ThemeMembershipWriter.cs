using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Pipeline;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// Stores a batch of theme memberships without EF change tracking: a million messages became a million tracked
/// <see cref="ThemeMessage"/> entities before, which cost more than the clustering itself. SQLite: one prepared
/// INSERT per row in one transaction (in turn with the module's other bulk writers); PostgreSQL: one INSERT from
/// unnest'ed arrays.
/// </summary>
internal static class ThemeMembershipWriter
{
    public static async Task InsertAsync(AppDbContext db, Guid municipalityId, IReadOnlyList<(long ThemeId, long MessageId)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
            {
                await using var command = new NpgsqlCommand(
                    "INSERT INTO \"ThemeMessages\" (\"MunicipalityId\", \"ThemeId\", \"MessageId\") " +
                    "SELECT @m, u.t, u.id FROM unnest(@themes, @messages) AS u(t, id)", postgres);
                command.Parameters.AddWithValue("m", municipalityId);
                command.Parameters.AddWithValue("themes", rows.Select(r => r.ThemeId).ToArray());
                command.Parameters.AddWithValue("messages", rows.Select(r => r.MessageId).ToArray());
                await command.ExecuteNonQueryAsync(ct);
                return;
            }

            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // Inside the theme job's batch transaction the turn is already taken (it is not re-entrant) and the
            // rows must commit with the batch; on their own they take the turn and a transaction of their own.
            var ambient = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            using var turn = ambient is null ? await SqliteWriter.EnterAsync(connection, ct) : null;
            await using var own = ambient is null ? (SqliteTransaction)await connection.BeginTransactionAsync(ct) : null;
            var transaction = ambient ?? own!;
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"ThemeMessages\" (\"MunicipalityId\", \"ThemeId\", \"MessageId\") VALUES ($m, $t, $id)";
            insert.Parameters.AddWithValue("$m", SqliteValues.Guid(municipalityId));
            var theme = insert.Parameters.Add("$t", SqliteType.Integer);
            var message = insert.Parameters.Add("$id", SqliteType.Integer);
            insert.Prepare();
            foreach (var (themeId, messageId) in rows)
            {
                theme.Value = themeId;
                message.Value = messageId;
                await insert.ExecuteNonQueryAsync(ct);
            }

            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>EF's SaveChanges, on SQLite in turn with the module's bulk writers (no 150 ms busy sleeps).</summary>
    public static async Task SaveChangesInTurnAsync(AppDbContext db, CancellationToken ct)
    {
        // In the batch transaction the turn is already held (see InsertAsync).
        if (db.Database.GetDbConnection() is not SqliteConnection connection || db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var turn = await SqliteWriter.EnterAsync(connection, ct);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
