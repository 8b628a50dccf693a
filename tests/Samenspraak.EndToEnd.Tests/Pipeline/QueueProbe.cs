using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>
/// A fast, repeated look at the queue on one open connection, so the test can kill the application a moment after
/// it saw a batch under lease (opening a context per look would leave too much time for the batch to finish).
/// </summary>
internal sealed class QueueProbe : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly DbCommand _command;

    private QueueProbe(AppDbContext db, DbCommand command)
    {
        _db = db;
        _command = command;
    }

    public static async Task<QueueProbe> OpenAsync(PipelineDatabase database)
    {
        var db = database.Open();
        await db.Database.OpenConnectionAsync();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText =
            "SELECT COUNT(CASE WHEN \"AnalysisState\" = 1 THEN 1 END), " +
            "COUNT(CASE WHEN \"AnalysisState\" = 0 AND \"LeaseId\" IS NOT NULL THEN 1 END), " +
            "COUNT(CASE WHEN \"AnalysisState\" = 0 THEN 1 END) FROM \"Messages\"";
        return new QueueProbe(db, command);
    }

    public async Task<QueueCounts> CountAsync()
    {
        await using var reader = await _command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new QueueCounts(Pending: (int)reader.GetInt64(2), Analysed: (int)reader.GetInt64(0), Failed: 0, Leased: (int)reader.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
    }
}
