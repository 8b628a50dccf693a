using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Community.Privacy;

/// <summary>
/// Erases a person's community data in one transaction:
/// - their questions and answers stay (others answered, voted and learnt from them) but lose the author: id, name
///   snapshot and municipality; they read as "Voormalig lid". Their text is not rewritten, nor are mentions of them in
///   other people's posts (those posts are the other authors' words);
/// - their votes keep counting, under a fresh random voter id that links to nobody (deleting them would silently
///   change other people's scores and the answer order);
/// - their follows, digest choice and notifications (including mention notifications) are deleted;
/// - reports they filed keep counting for the moderators, without the reporter; moderation actions they took keep
///   the action and reason, without the moderator;
/// - support requests they filed stay in the municipality's history without the requester's id and name; their own
///   messages in any support conversation lose the author, and where they were the assigned expert the name goes.
/// Erasing again finds nothing left to change. Audited as community.my-data-deleted with counts only.
/// </summary>
public sealed class CommunityDataEraser(AppDbContext db, IAuditLog audit) : ICommunityDataEraser
{
    public async Task<CommunityErasure> EraseAsync(Guid userId, CancellationToken ct = default)
    {
        if (userId == FormerMember.Id)
        {
            throw new ArgumentException("The former-member id is not a person.", nameof(userId));
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var erasure = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var posts = await db.Set<Post>().Where(p => p.AuthorId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.AuthorId, FormerMember.Id)
                .SetProperty(p => p.AuthorName, "")
                .SetProperty(p => p.AuthorMunicipalityId, (Guid?)null), ct);
            var votes = await UnlinkVotesAsync(userId, ct);
            var follows = await db.Set<Follow>().Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
            await db.Set<DigestPreference>().Where(d => d.UserId == userId).ExecuteDeleteAsync(ct);
            var notifications = await db.Set<Notification>().Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
            var reports = await db.Set<PostReport>().Where(r => r.ReporterId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReporterId, FormerMember.Id), ct);
            reports += await db.Set<PostReport>().Where(r => r.HandledById == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledById, FormerMember.Id), ct);
            var actions = await db.Set<ModerationAction>().Where(a => a.ModeratorId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.ModeratorId, FormerMember.Id)
                .SetProperty(a => a.ModeratorName, ""), ct);
            // Support requests are municipality-owned; the person's own ones may sit in any municipality they worked for.
            var requests = await db.Set<SupportRequest>().IgnoreTenantFilter().Where(r => r.RequestedById == userId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.RequestedById, FormerMember.Id)
                .SetProperty(r => r.RequestedByName, ""), ct);
            requests += await db.Set<SupportRequest>().IgnoreTenantFilter().Where(r => r.AssignedExpertId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.AssignedExpertId, FormerMember.Id)
                .SetProperty(r => r.AssignedExpertName, ""), ct);
            var messages = await db.Set<SupportMessage>().Where(m => m.AuthorId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.AuthorId, FormerMember.Id)
                .SetProperty(m => m.AuthorName, ""), ct);
            await transaction.CommitAsync(ct);
            return new CommunityErasure(posts, votes, follows, notifications, reports, requests, messages, actions);
        });
        await audit.WriteAsync("community.my-data-deleted", "User", userId.ToString(), erasure.ToString(), ct: ct);
        return erasure;
    }

    /// <summary>A vote's key is (post, voter), so the voter is replaced row by row with a fresh id that belongs to nobody.</summary>
    private async Task<int> UnlinkVotesAsync(Guid userId, CancellationToken ct)
    {
        var votes = await db.Set<PostVote>().Where(v => v.UserId == userId).ToListAsync(ct);
        db.Set<PostVote>().RemoveRange(votes);
        await db.SaveChangesAsync(ct);
        db.Set<PostVote>().AddRange(votes.Select(v => new PostVote { PostId = v.PostId, UserId = Guid.NewGuid(), Value = v.Value }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return votes.Count;
    }
}
