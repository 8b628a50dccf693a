using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// <c>GET /kennisbank/bijlagen/{id}/{file-name}</c>: an attachment's bytes, streamed from the database. Anyone may ask;
/// <see cref="KnowledgeAttachments.MayRead"/> decides, and whoever may not read it gets 404 like an unknown file.
/// Always a download (Content-Disposition: attachment, nosniff), never rendered in the site's origin.
/// </summary>
internal static class AttachmentDownloads
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/kennisbank/bijlagen/{id:guid}/{fileName}", DownloadAsync).AllowAnonymous();

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, AppDbContext db, KnowledgeAttachments attachments,
        ITenantContext tenant, CancellationToken ct)
    {
        // The name in the address is for people and browsers; the id alone identifies the file.
        var attachment = await db.Set<KnowledgeAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var item = attachment is null ? null : await db.Set<KnowledgeItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == attachment.ItemId, ct);
        if (attachment is null || item is null || !KnowledgeAttachments.MayRead(attachment, item, http.User, tenant.UserId))
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Drafts and proposals must not linger in shared caches.
        http.Response.Headers.CacheControl = item.Status == KnowledgeStatus.Published && attachment.RemovedAt is null ? "public, max-age=300" : "private, no-store";
        http.Response.ContentLength = attachment.Size;
        return Results.Stream(output => attachments.CopyContentAsync(attachment.Id, output, ct), attachment.ContentType, attachment.FileName);
    }
}
