using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Community.Privacy;

/// <summary>
/// A person's own community data as a JSON download: the questions and answers they wrote (in every status, with the
/// moderation reason they were shown), the themes and questions they follow, their digest choice, and the support
/// requests they filed with the messages they wrote in them. Other people's messages in a support conversation are
/// not theirs and are left out. This is the export half; <see cref="CommunityDataEraser"/> is the erasure half.
/// </summary>
public sealed class MyCommunityData(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<(int Posts, int SupportRequests)> CountAsync(Guid userId, CancellationToken ct) => (
        await db.Set<Post>().CountAsync(p => p.AuthorId == userId, ct),
        await db.Set<SupportRequest>().IgnoreTenantFilter().CountAsync(r => r.RequestedById == userId, ct));

    public async Task<byte[]> ExportAsync(Guid userId, CancellationToken ct)
    {
        var posts = await db.Set<Post>().AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var follows = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt).ToListAsync(ct);
        var digest = await db.Set<DigestPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        // Filed by this person: theirs, whichever municipality context the download is made in.
        var requests = await db.Set<SupportRequest>().IgnoreTenantFilter().AsNoTracking().Where(r => r.RequestedById == userId)
            .OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var requestIds = requests.Select(r => r.Id).ToList();
        var messages = await db.Set<SupportMessage>().AsNoTracking()
            .Where(m => m.AuthorId == userId && requestIds.Contains(m.SupportRequestId)).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            posts = posts.Select(p => new
            {
                p.Id, kind = p.Kind.ToString(), p.QuestionId, p.Title, theme = p.ThemeSlug, p.Body, status = p.Status.ToString(),
                p.ModerationReason, p.Score, p.CreatedAt, p.EditedAt,
            }),
            follows = follows.Select(f => new { theme = f.ThemeSlug, f.QuestionId, f.CreatedAt }),
            digest = digest is null ? null : new { frequency = digest.Frequency.ToString() },
            supportRequests = requests.Select(r => new
            {
                r.Id, r.Question, r.Context, urgency = r.Urgency.ToString(), mode = r.Mode.ToString(), r.PreferredDates,
                status = r.Status.ToString(), r.CreatedAt, r.ClosedAt, r.EvaluationScore, r.EvaluationComment,
                myMessages = messages.Where(m => m.SupportRequestId == r.Id).Select(m => new { m.Body, m.CreatedAt }),
            }),
        };
        await audit.WriteAsync("community.my-data-exported", "User", userId.ToString(), ct: ct);
        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }

    public static IEndpointRouteBuilder MapMyCommunityDataExport(IEndpointRouteBuilder app)
    {
        // Always the caller's own data: there is no id in the address to tamper with.
        app.MapGet("/gemeenschap/mijn-gegevens.json", async (MyCommunityData data, ITenantContext tenant, CancellationToken ct) =>
                tenant.UserId is { } userId
                    ? Results.File(await data.ExportAsync(userId, ct), "application/json", "mijn-gemeenschapsgegevens.json")
                    : Results.NotFound())
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }
}
