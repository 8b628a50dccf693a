using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// The agenda's part of the community e-mail digest: events published since the last digest, still to come and not
/// cancelled, on at least one theme the recipient follows (professionals-only events only for professionals).
/// Events without a theme are left out on purpose: the digest promises "what is new on the themes you follow", and an
/// untagged event is still in the agenda and its calendar feed (documented in docs/learning.md).
/// </summary>
internal sealed class NewEventsDigestContributor(
    AppDbContext db, UserManager<AppUser> users, CommunityThemes themes, FollowedThemes follows, TimeProvider clock)
    : IDigestContributor
{
    private const int MaxItems = 20;

    public async Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct)
    {
        // The community's follows are the one list of followed themes, asked through its service.
        var followed = await follows.OfAsync(recipient.UserId, ct);
        var user = followed.Count == 0 ? null : await users.FindByIdAsync(recipient.UserId.ToString());
        if (user is null)
        {
            return [];
        }

        var roles = await users.GetRolesAsync(user);
        var professional = roles.Any(r => Roles.Professional.Contains(r, StringComparer.Ordinal));
        var now = clock.GetUtcNow();
        var events = await db.Set<AgendaEvent>().AsNoTracking()
            .Where(e => e.CreatedAt > since && e.StartsAt > now && e.CancelledAt == null && (e.IsPublic || professional)
                && e.Themes.Any(t => followed.Contains(t)))
            .OrderBy(e => e.StartsAt).Take(MaxItems)
            .ToListAsync(ct);
        var text = LearningText.Text;
        var section = text["Digest.Section.Events"];
        var items = new List<DigestItem>();
        foreach (var e in events)
        {
            var labels = new List<string>();
            foreach (var slug in e.Themes.Where(followed.Contains))
            {
                labels.Add(await themes.LabelAsync(slug, ct));
            }

            items.Add(new DigestItem(section, e.Title, $"/agenda/{e.Id}",
                text.Format("Digest.EventDetailThemes", text[$"EventType.{e.Type}"], BelgianTime.Format(e.StartsAt), string.Join(", ", labels))));
        }

        return items;
    }
}
