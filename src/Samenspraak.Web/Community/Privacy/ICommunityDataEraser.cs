namespace Samenspraak.Web.Community.Privacy;

/// <summary>What one erasure changed, in counts only (this is what the audit entry records).</summary>
public sealed record CommunityErasure(int PostsAnonymised, int VotesUnlinked, int FollowsDeleted, int NotificationsDeleted,
    int ReportsUnlinked, int SupportRequestsAnonymised, int SupportMessagesAnonymised, int ModerationActionsUnlinked)
{
    public override string ToString() =>
        $"posts {PostsAnonymised}, votes {VotesUnlinked}, follows {FollowsDeleted}, notifications {NotificationsDeleted}, " +
        $"reports {ReportsUnlinked}, support requests {SupportRequestsAnonymised}, support messages {SupportMessagesAnonymised}, " +
        $"moderation actions {ModerationActionsUnlinked}";
}

/// <summary>
/// Erases one person's community data: what is only theirs is deleted, what the community or a municipality still
/// needs is kept without the link to them. Reusable outside the self-service page, e.g. by an administrator's tool
/// when an account is removed (see docs/community.md, "Erasing one's community data").
/// </summary>
public interface ICommunityDataEraser
{
    Task<CommunityErasure> EraseAsync(Guid userId, CancellationToken ct = default);
}
