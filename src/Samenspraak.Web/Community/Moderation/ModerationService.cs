using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Community.Moderation;

/// <summary>Audit action names of community moderation (stable: admins filter the audit log on them).</summary>
public static class ModerationAuditActions
{
    public const string Released = "community.post-released";
    public const string Hidden = "community.post-hidden";
    public const string Edited = "community.post-edited";
    public const string ReportDismissed = "community.report-dismissed";
}

/// <summary>
/// What moderators (Moderator, Platformbeheerder) do with held and reported posts: release, hide or edit them. Every
/// step needs a reason, is kept in the post's moderation trail and written to the platform audit log, and the author
/// is told. Posts are never deleted.
/// </summary>
public sealed class ModerationService(AppDbContext db, Notifier notifier, CommunityService community, IAuditLog audit, TimeProvider clock)
{
    private static string Text(string key) => CommunityText.Text[key];

    public async Task<CommunityResult> ReleaseAsync(Actor moderator, Guid postId, string? reason, CancellationToken ct = default)
    {
        var (post, error) = await LoadAsync(moderator, postId, reason, ct);
        if (post is null) return error!;
        if (post.Status == PostStatus.Published) return CommunityResult.Fail(Text("Error.AlreadyPublished"));

        post.Status = PostStatus.Published;
        post.ModerationReason = null;
        var title = await QuestionTitleAsync(post, ct);
        await community.AnnouncePublishedAsync(post, title, ct);
        notifier.Notify([post.AuthorId], NotificationKind.PostReleased, title, CommunityService.QuestionLink(post.QuestionId ?? post.Id));
        return await RecordAsync(moderator, post, ModerationKind.Released, reason!, null, ModerationAuditActions.Released, ct);
    }

    public async Task<CommunityResult> HideAsync(Actor moderator, Guid postId, string? reason, CancellationToken ct = default)
    {
        var (post, error) = await LoadAsync(moderator, postId, reason, ct);
        if (post is null) return error!;
        if (post.Status == PostStatus.Hidden) return CommunityResult.Fail(Text("Error.AlreadyHidden"));

        post.Status = PostStatus.Hidden;
        post.ModerationReason = reason!.Trim();
        var title = await QuestionTitleAsync(post, ct);
        notifier.Notify([post.AuthorId], NotificationKind.PostHidden, title, CommunityService.QuestionLink(post.QuestionId ?? post.Id));
        await CloseReportsAsync(moderator, post.Id, ct);
        return await RecordAsync(moderator, post, ModerationKind.Hidden, reason!, null, ModerationAuditActions.Hidden, ct);
    }

    public async Task<CommunityResult> EditAsync(Actor moderator, Guid postId, string? newBody, string? reason, CancellationToken ct = default)
    {
        newBody = newBody?.Trim() ?? "";
        if (newBody.Length == 0) return CommunityResult.Fail(Text("Error.BodyRequired"));
        if (newBody.Length > CommunityLimits.BodyLength) return CommunityResult.Fail(CommunityText.Text.Format("Error.BodyTooLong", CommunityLimits.BodyLength));
        var (post, error) = await LoadAsync(moderator, postId, reason, ct);
        if (post is null) return error!;
        if (post.Body == newBody) return CommunityResult.Fail(Text("Error.NothingChanged"));

        var previous = post.Body;
        post.Body = newBody;
        post.EditedAt = clock.GetUtcNow();
        await CloseReportsAsync(moderator, post.Id, ct);
        return await RecordAsync(moderator, post, ModerationKind.Edited, reason!, previous, ModerationAuditActions.Edited, ct);
    }

    public async Task<CommunityResult> DismissReportsAsync(Actor moderator, Guid postId, string? reason, CancellationToken ct = default)
    {
        var (post, error) = await LoadAsync(moderator, postId, reason, ct);
        if (post is null) return error!;
        await CloseReportsAsync(moderator, post.Id, ct);
        return await RecordAsync(moderator, post, ModerationKind.ReportDismissed, reason!, null, ModerationAuditActions.ReportDismissed, ct);
    }

    private async Task<(Post? Post, CommunityResult? Error)> LoadAsync(Actor moderator, Guid postId, string? reason, CancellationToken ct)
    {
        if (!moderator.IsModerator) return (null, CommunityResult.Fail(Text("Error.NotModerator")));
        if (string.IsNullOrWhiteSpace(reason)) return (null, CommunityResult.Fail(Text("Error.ReasonRequired")));
        if (reason.Trim().Length > CommunityLimits.ReasonLength) return (null, CommunityResult.Fail(CommunityText.Text.Format("Error.ReasonTooLong", CommunityLimits.ReasonLength)));
        var post = await db.Set<Post>().FirstOrDefaultAsync(p => p.Id == postId, ct);
        return post is null ? (null, CommunityResult.Fail(Text("Error.PostNotFound"))) : (post, null);
    }

    private async Task<string> QuestionTitleAsync(Post post, CancellationToken ct) =>
        post.Kind == PostKind.Question
            ? post.Title ?? ""
            : await db.Set<Post>().Where(p => p.Id == post.QuestionId).Select(p => p.Title).FirstOrDefaultAsync(ct) ?? "";

    private async Task CloseReportsAsync(Actor moderator, Guid postId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var report in await db.Set<PostReport>().Where(r => r.PostId == postId && r.HandledAt == null).ToListAsync(ct))
        {
            report.HandledAt = now;
            report.HandledById = moderator.Id;
        }
    }

    private async Task<CommunityResult> RecordAsync(Actor moderator, Post post, ModerationKind kind, string reason, string? previousBody,
        string auditAction, CancellationToken ct)
    {
        db.Set<ModerationAction>().Add(new ModerationAction
        {
            PostId = post.Id,
            Kind = kind,
            ModeratorId = moderator.Id,
            ModeratorName = moderator.Name,
            Reason = reason.Trim(),
            PreviousBody = previousBody,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(auditAction, nameof(Post), post.Id.ToString(), reason.Trim(), ct: ct);
        return CommunityResult.Ok(post.Id);
    }
}
