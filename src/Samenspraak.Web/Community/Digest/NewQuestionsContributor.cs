using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Privacy;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Community.Digest;

/// <summary>The community's part of the digest: published questions on the themes the recipient follows.</summary>
internal sealed class NewQuestionsContributor(AppDbContext db, FollowedThemes follows, CommunityThemes themes) : IDigestContributor
{
    public async Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct)
    {
        var followed = await follows.OfAsync(recipient.UserId, ct);
        if (followed.Count == 0)
        {
            return [];
        }

        var questions = await db.Set<Post>()
            .Where(p => p.Kind == PostKind.Question && p.Status == PostStatus.Published && p.CreatedAt > since
                && p.AuthorId != recipient.UserId && followed.Contains(p.ThemeSlug!))
            .OrderBy(p => p.CreatedAt)
            .Take(50)
            .Select(p => new { p.Id, p.Title, p.ThemeSlug, p.AuthorName })
            .ToListAsync(ct);
        var section = CommunityText.Text["Digest.Section.Questions"];
        var items = new List<DigestItem>();
        foreach (var q in questions)
        {
            var theme = await themes.LabelAsync(q.ThemeSlug, ct);
            items.Add(new DigestItem(section, q.Title ?? "", CommunityService.QuestionLink(q.Id),
                CommunityText.Text.Format("Digest.QuestionDetail", theme, FormerMember.Name(q.AuthorName))));
        }

        return items;
    }
}
