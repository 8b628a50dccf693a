using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Pipeline;
using Samenspraak.Web.Monitoring.Resources;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// Runs one import job as a work item: streams the stored file through the column mapping into the ingestor in
/// batches, records every skipped row with its reason (the first <see cref="MaxStoredIssues"/>; the count is
/// exact) and updates the progress after each batch. Idempotent: after a crash the job runs again from the start
/// and the rows stored the first time count as duplicates.
/// </summary>
internal sealed class ImportRunner(AppDbContext db, MessageIngestor ingestor, ImportStorage storage, TimeProvider clock, ILogger<ImportRunner> logger) : IWorkHandler
{
    public const int MaxStoredIssues = 1000;
    private const int BatchSize = 2000;

    public string Kind => WorkKinds.Import;

    public static string Payload(Guid jobId) => JsonSerializer.Serialize(new { jobId });

    public async Task HandleAsync(WorkItem item, CancellationToken ct)
    {
        var jobId = JsonDocument.Parse(item.Payload!).RootElement.GetProperty("jobId").GetGuid();
        var job = await db.Set<ImportJob>().IgnoreTenantFilter().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.State is ImportState.Completed or ImportState.Failed or ImportState.Cancelled)
        {
            return;
        }

        var channel = await db.Set<Channel>().IgnoreTenantFilter().AsNoTracking().FirstAsync(c => c.Id == job.ChannelId, ct);
        // The upload was a person's: from here on the job's saves (progress, skipped rows) are audited in their name
        // and the tenant is the job's municipality. Begun here, not in a helper: an async helper's scope would end
        // with the helper. A job without an uploader stays the work queue's system work.
        var uploader = job.CreatedByUserId is { } userId
            ? ActingUser.Person(userId, await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct), job.MunicipalityId)
            : null;
        using var acting = uploader is null ? null : ActingUserScope.Begin(uploader);
        var mapping = ColumnMapping.FromJson(job.MappingJson)!;
        job.State = ImportState.Running;
        job.StartedAt = clock.GetUtcNow();
        job.BytesRead = job.RowsRead = job.Accepted = job.Duplicates = job.Skipped = 0;
        job.Error = null;
        await db.Set<ImportRowIssue>().IgnoreTenantFilter().Where(i => i.ImportJobId == job.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);

        try
        {
            await using var source = await ImportFormats.OpenAsync(storage.PathOf(job.StoredFileName), job.Format, job.EncodingName, ct);
            var batch = new List<IncomingMessage>(BatchSize);
            var batchRows = new List<long>(BatchSize);
            await foreach (var row in source.RowsAsync(ct))
            {
                job.RowsRead++;
                var (message, problem) = mapping.Map(source.Columns, row);
                if (message is null)
                {
                    Skip(job, row.Number, problem!);
                }
                else
                {
                    batch.Add(message);
                    batchRows.Add(row.Number);
                }

                if (batch.Count == BatchSize)
                {
                    await FlushAsync(job, channel, batch, batchRows, source.BytesRead, ct);
                }
            }

            await FlushAsync(job, channel, batch, batchRows, source.BytesRead, ct);
            job.State = ImportState.Completed;
        }
        catch (ImportFileException ex)
        {
            job.State = ImportState.Failed;
            job.Error = ex.Message;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException)
        {
            logger.LogWarning(ex, "Import {JobId} failed on its file", job.Id);
            job.State = ImportState.Failed;
            job.Error = MonitoringText.Text["Upload.Unreadable"];
        }

        job.FinishedAt = clock.GetUtcNow();
        job.BytesRead = job.FileSize;
        await db.SaveChangesAsync(ct);
        // The raw export holds handles and texts; after the import the database is the only copy.
        storage.Delete(job.StoredFileName);
    }

    private void Skip(ImportJob job, long row, string reason)
    {
        job.Skipped++;
        if (job.Skipped <= MaxStoredIssues)
        {
            db.Add(new ImportRowIssue { MunicipalityId = job.MunicipalityId, ImportJobId = job.Id, Row = row, Reason = reason.Length > 500 ? reason[..500] : reason });
        }
    }

    private async Task FlushAsync(ImportJob job, Channel channel, List<IncomingMessage> batch, List<long> rows, long bytesRead, CancellationToken ct)
    {
        if (batch.Count > 0)
        {
            var results = await ingestor.IngestAsync(channel, batch, ct);
            for (var i = 0; i < results.Length; i++)
            {
                switch (results[i].Outcome)
                {
                    case IngestOutcome.Accepted: job.Accepted++; break;
                    case IngestOutcome.Duplicate: job.Duplicates++; break;
                    default: Skip(job, rows[i], results[i].Error!); break;
                }
            }

            batch.Clear();
            rows.Clear();
        }

        job.BytesRead = Math.Min(bytesRead, job.FileSize);
        await db.SaveChangesAsync(ct);
        // Progress rows are not needed in memory once saved.
        foreach (var entry in db.ChangeTracker.Entries<ImportRowIssue>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
