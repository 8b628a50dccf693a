using System.Data;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>A checked upload, held in memory until the item is saved.</summary>
public sealed record StagedUpload(string FileName, string Extension, string ContentType, byte[] Bytes, string Sha256);

/// <summary>A change to an attachment already on the item, as typed in the proposal form.</summary>
public sealed record AttachmentEdit(Guid Id, string? Title, string? Description, int? Position);

/// <summary>
/// Attachments of knowledge items: checks uploads, records them (once per item per SHA-256), edits titles and order,
/// removes (audited), decides who may read them and streams their bytes. Changes are staged on the DbContext and
/// saved together with the item through <see cref="KnowledgeStore"/>, so the version written for that save names
/// exactly the attachments the item has then.
/// </summary>
public sealed class KnowledgeAttachments(AppDbContext db, DatabaseSettings settings, IAuditLog audit, TimeProvider clock)
{
    private readonly List<KnowledgeAttachment> _removed = [];

    /// <summary>The item's current attachments in their order (without removed ones).</summary>
    public Task<List<KnowledgeAttachment>> ListAsync(Guid itemId, CancellationToken ct = default) =>
        db.Set<KnowledgeAttachment>().AsNoTracking()
            .Where(a => a.ItemId == itemId && a.RemovedAt == null)
            .OrderBy(a => a.Position).ThenBy(a => a.UploadedAt)
            .ToListAsync(ct);

    /// <summary>The download address: stable, with the file name at the end so the browser saves it under that name.</summary>
    public static string UrlFor(KnowledgeAttachment attachment) =>
        $"/kennisbank/bijlagen/{attachment.Id}/{Uri.EscapeDataString(attachment.FileName)}";

    /// <summary>
    /// Reads and checks one uploaded file: returns it ready to store, or the resource key of the problem
    /// (Attachment.Empty, Attachment.TooLarge, Attachment.WrongType, Attachment.ContentMismatch).
    /// </summary>
    public static async Task<(StagedUpload? Upload, string? Problem)> StageAsync(string? fileName, long length, Stream content, CancellationToken ct = default)
    {
        var name = AttachmentRules.SanitiseFileName(fileName);
        var extension = Path.GetExtension(name);
        if (length == 0)
        {
            return (null, "Attachment.Empty");
        }

        if (length > AttachmentRules.MaxBytes)
        {
            return (null, "Attachment.TooLarge");
        }

        if (!AttachmentRules.Types.TryGetValue(extension, out var contentType))
        {
            return (null, "Attachment.WrongType");
        }

        // Copied with a hard cap: the declared length is the client's word, the bytes are what counts.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > AttachmentRules.MaxBytes)
            {
                return (null, "Attachment.TooLarge");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return (null, "Attachment.Empty");
        }

        if (!AttachmentRules.ContentMatches(extension, bytes))
        {
            return (null, "Attachment.ContentMismatch");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new StagedUpload(name, extension, contentType, bytes, hash), null);
    }

    /// <summary>
    /// Stages the form's attachment changes for <paramref name="itemId"/> on the DbContext (nothing is saved here).
    /// Returns false, changing nothing, when the item would end up with more than <see cref="AttachmentRules.MaxPerItem"/>.
    /// An upload identical to one the item has is not stored again (a removed one comes back instead).
    /// </summary>
    public async Task<bool> StageChangesAsync(Guid itemId, IReadOnlyList<StagedUpload> uploads, IReadOnlyList<AttachmentEdit> edits,
        IReadOnlySet<Guid> removals, Guid? actorId, CancellationToken ct = default)
    {
        var existing = await db.Set<KnowledgeAttachment>().Where(a => a.ItemId == itemId).ToListAsync(ct);
        var keep = existing.Where(a => a.RemovedAt is null && !removals.Contains(a.Id)).ToList();
        var fresh = uploads.DistinctBy(u => u.Sha256).Where(u => !keep.Any(a => a.Sha256 == u.Sha256)).ToList();
        if (keep.Count + fresh.Count > AttachmentRules.MaxPerItem)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var attachment in existing.Where(a => a.RemovedAt is null && removals.Contains(a.Id)))
        {
            attachment.RemovedAt = now;
            attachment.RemovedById = actorId;
            _removed.Add(attachment);
        }

        foreach (var edit in edits)
        {
            if (keep.FirstOrDefault(a => a.Id == edit.Id) is { } attachment)
            {
                attachment.Title = Clip(edit.Title, AttachmentRules.MaxTitleLength);
                attachment.Description = Clip(edit.Description, AttachmentRules.MaxDescriptionLength);
            }
        }

        // The order typed in the form, ties (and blanks) keeping the order they had.
        var ordered = keep.OrderBy(a => edits.FirstOrDefault(e => e.Id == a.Id)?.Position ?? a.Position).ThenBy(a => a.Position).ToList();
        foreach (var upload in fresh)
        {
            if (existing.FirstOrDefault(a => a.Sha256 == upload.Sha256) is { } earlier)
            {
                earlier.RemovedAt = null;
                earlier.RemovedById = null;
                ordered.Add(earlier);
                continue;
            }

            var attachment = new KnowledgeAttachment
            {
                Id = Guid.NewGuid(), ItemId = itemId, FileName = upload.FileName, Extension = upload.Extension, ContentType = upload.ContentType,
                Size = upload.Bytes.LongLength, Sha256 = upload.Sha256, UploadedAt = now, UploadedById = actorId,
            };
            db.Add(attachment);
            db.Add(new KnowledgeAttachmentContent { AttachmentId = attachment.Id, Bytes = upload.Bytes });
            ordered.Add(attachment);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }

        return true;
    }

    /// <summary>Writes the audit entries of the removals staged by <see cref="StageChangesAsync"/>, after the item was saved.</summary>
    public async Task AuditRemovalsAsync(CancellationToken ct = default)
    {
        foreach (var attachment in _removed)
        {
            await audit.WriteAsync("knowledge.attachment-removed", nameof(KnowledgeAttachment), attachment.Id.ToString(),
                $"{attachment.FileName} ({attachment.ItemId})", ct: ct);
        }

        _removed.Clear();
    }

    /// <summary>
    /// Visibility follows the item: a published item's current attachments are public; otherwise (a draft or proposal,
    /// or a removed attachment) only curators and, while it is not removed, the proposer may read it.
    /// </summary>
    public static bool MayRead(KnowledgeAttachment attachment, KnowledgeItem item, ClaimsPrincipal user, Guid? userId)
    {
        if (user.IsInRole(Roles.PlatformAdmin) || user.IsInRole(Roles.Curator))
        {
            return true;
        }

        if (attachment.RemovedAt is not null)
        {
            return false;
        }

        return item.Status == KnowledgeStatus.Published || (userId is { } id && item.ProposedById == id);
    }

    /// <summary>Copies the stored bytes to <paramref name="output"/> without loading the whole file into memory.</summary>
    public async Task CopyContentAsync(Guid attachmentId, Stream output, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Bytes" FROM "KnowledgeAttachmentContents" WHERE "AttachmentId" = @id""";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            // EF Core stores Guids on SQLite as upper-case text; PostgreSQL has a uuid type.
            parameter.Value = settings.Provider == DatabaseProvider.Sqlite ? attachmentId.ToString().ToUpperInvariant() : attachmentId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            if (await reader.ReadAsync(ct))
            {
                await using var stream = reader.GetStream(0);
                await stream.CopyToAsync(output, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string? Clip(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
