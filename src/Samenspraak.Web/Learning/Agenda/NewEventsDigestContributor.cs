using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// The agenda's part of the community e-mail digest: events published since the last digest that are still to come
/// and not cancelled. Events carry no theme, so every new event the recipient may see is listed (professionals-only
/// events only for professionals), not only those on followed themes.
/// </summary>
internal sealed class NewEventsDigestContributor(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : IDigestContributor
{
    private const int MaxItems = 20;

    public async Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(recipient.UserId.ToString());
        if (user is null)
        {
            return [];
        }

        var roles = await users.GetRolesAsync(user);
        var professional = roles.Any(r => Roles.Professional.Contains(r, StringComparer.Ordinal));
        var now = clock.GetUtcNow();
        var events = await db.Set<AgendaEvent>().AsNoTracking()
            .Where(e => e.CreatedAt > since && e.StartsAt > now && e.CancelledAt == null && (e.IsPublic || professional))
            .OrderBy(e => e.StartsAt).Take(MaxItems)
            .ToListAsync(ct);
        var section = LearningText.Text["Digest.Section.Events"];
        return events.Select(e => new DigestItem(section, e.Title, $"/agenda/{e.Id}",
                LearningText.Text.Format("Digest.EventDetail", LearningText.Text[$"EventType.{e.Type}"], BelgianTime.Format(e.StartsAt))))
            .ToList();
    }
}
