using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;

namespace Samenspraak.Web.Community.Start;

/// <summary>
/// "Gemeenschap en ondersteuning" on the start page: unread community notifications, open support requests the user
/// may see, posts held for moderation (moderators only), and the newest questions still without an accepted answer.
/// </summary>
public sealed class CommunityStartPanel(AppDbContext db, SupportService support) : IStartPanelSource
{
    private const int OpenQuestions = 3;

    public int Order => 50;

    public string Policy => Policies.Professional;

    public async Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = CommunityStartText.Text;
        var actor = Actor.From(context.User);
        var unread = await db.Set<Notification>().AsNoTracking()
            .CountAsync(n => n.UserId == context.UserId && n.ReadAt == null, cancellationToken);
        var openRequests = await support.Visible(actor).AsNoTracking()
            .CountAsync(r => r.Status != SupportStatus.Closed && r.Status != SupportStatus.Declined, cancellationToken);

        var posts = db.Set<Post>().AsNoTracking();
        var questions = await posts
            .Where(q => q.Kind == PostKind.Question && q.Status == PostStatus.Published && q.AcceptedAnswerId == null)
            .OrderByDescending(q => q.CreatedAt).Take(OpenQuestions)
            .Select(q => new
            {
                q.Id,
                q.Title,
                Answers = posts.Count(a => a.QuestionId == q.Id && a.Kind == PostKind.Answer && a.Status == PostStatus.Published),
            })
            .ToListAsync(cancellationToken);
        var links = questions
            .Select(q => new StartLink(q.Title ?? "", $"/gemeenschap/vragen/{q.Id}", text.Format("Question.Answers", q.Answers)))
            .ToList();

        var figures = new List<StartFigure>
        {
            new(unread, text["Figure.Unread"], "/gemeenschap/meldingen", StartTone.Attention),
            new(openRequests, text["Figure.Support"], "/ondersteuning"),
        };
        if (actor.IsModerator)
        {
            var held = await posts.CountAsync(p => p.Status == PostStatus.Held, cancellationToken);
            figures.Add(new StartFigure(held, text["Figure.Held"], "/gemeenschap/moderatie", StartTone.Attention));
        }

        return new StartPanel(text["Title"], "/gemeenschap", figures, links, text["Empty"]);
    }
}
