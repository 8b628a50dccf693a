using Samenspraak.Web.Community.Privacy;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Community.Notifications;

/// <summary>Adds in-app notifications to the context (saved with the caller's unit of work).</summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    public void Notify(IEnumerable<Guid> userIds, NotificationKind kind, string subject, string link, Guid? except = null)
    {
        var now = clock.GetUtcNow();
        // An erased person (FormerMember.Id) has no account to notify.
        foreach (var userId in userIds.Distinct().Where(u => u != except && u != FormerMember.Id))
        {
            db.Set<Notification>().Add(new Notification
            {
                UserId = userId,
                Kind = kind,
                Subject = subject.Length > 300 ? subject[..300] : subject,
                Link = link,
                CreatedAt = now,
            });
        }
    }
}
