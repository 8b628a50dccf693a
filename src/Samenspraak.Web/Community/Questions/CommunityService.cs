using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Community.Questions;

/// <summary>The result of an action: success, or the Dutch messages that say what to fix.</summary>
public sealed record CommunityResult(bool Succeeded, IReadOnlyList<string> Errors, Guid? Id = null, bool Held = false)
{
    public static CommunityResult Ok(Guid? id = null, bool held = false) => new(true, [], id, held);

    public static CommunityResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>
/// Questions and answers: asking, answering, votes, acceptance, follows and reports. Every post is screened before
/// publication; followers, mentioned colleagues and the asker are notified of what concerns them.
/// </summary>
public sealed class CommunityService(AppDbContext db, Notifier notifier, CommunityThemes themes, TimeProvider clock)
{
    private static string Text(string key) => CommunityText.Text[key];

    public static string QuestionLink(Guid questionId) => $"/gemeenschap/vragen/{questionId}";

    /// <summary>Published posts, plus the viewer's own, plus everything for moderators.</summary>
    public static IQueryable<Post> Visible(AppDbContext db, Actor viewer) =>
        viewer.IsModerator ? db.Set<Post>() : db.Set<Post>().Where(p => p.Status == PostStatus.Published || p.AuthorId == viewer.Id);

    public async Task<CommunityResult> AskAsync(Actor asker, string? title, string? body, string? theme, CancellationToken ct = default)
    {
        title = title?.Trim() ?? "";
        body = body?.Trim() ?? "";
        var errors = new List<string>();
        if (title.Length < 10) errors.Add(Text("Error.TitleTooShort"));
        if (title.Length > CommunityLimits.TitleLength) errors.Add(CommunityText.Text.Format("Error.TitleTooLong", CommunityLimits.TitleLength));
        if (body.Length == 0) errors.Add(Text("Error.BodyRequired"));
        if (body.Length > CommunityLimits.BodyLength) errors.Add(CommunityText.Text.Format("Error.BodyTooLong", CommunityLimits.BodyLength));
        if (!await themes.ExistsAsync(theme, ct)) errors.Add(Text("Error.ThemeRequired"));
        if (errors.Count > 0) return CommunityResult.Fail([.. errors]);

        var verdict = PostScreening.Screen(title, body);
        var question = NewPost(asker, PostKind.Question, body, verdict);
        question.Title = title;
        question.ThemeSlug = theme;
        db.Set<Post>().Add(question);
        // The asker follows their own question, so they hear about answers.
        db.Set<Follow>().Add(new Follow { UserId = asker.Id, QuestionId = question.Id, CreatedAt = question.CreatedAt });
        var link = QuestionLink(question.Id);
        if (verdict.Hold)
        {
            notifier.Notify([asker.Id], NotificationKind.PostHeld, title, link);
        }
        else
        {
            await AnnouncePublishedAsync(question, title, ct);
        }

        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(question.Id, verdict.Hold);
    }

    public async Task<CommunityResult> AnswerAsync(Actor author, Guid questionId, string? body, CancellationToken ct = default)
    {
        body = body?.Trim() ?? "";
        var question = await Visible(db, author).FirstOrDefaultAsync(p => p.Id == questionId && p.Kind == PostKind.Question, ct);
        if (question is null) return CommunityResult.Fail(Text("Error.QuestionNotFound"));
        if (question.Status != PostStatus.Published) return CommunityResult.Fail(Text("Error.QuestionNotOpen"));
        if (body.Length == 0) return CommunityResult.Fail(Text("Error.BodyRequired"));
        if (body.Length > CommunityLimits.BodyLength) return CommunityResult.Fail(CommunityText.Text.Format("Error.BodyTooLong", CommunityLimits.BodyLength));

        var verdict = PostScreening.Screen(null, body);
        var answer = NewPost(author, PostKind.Answer, body, verdict);
        answer.QuestionId = question.Id;
        db.Set<Post>().Add(answer);
        if (verdict.Hold)
        {
            notifier.Notify([author.Id], NotificationKind.PostHeld, question.Title ?? "", QuestionLink(question.Id));
        }
        else
        {
            await AnnouncePublishedAsync(answer, question.Title ?? "", ct);
        }

        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(answer.Id, verdict.Hold);
    }

    /// <summary>
    /// Tells the people concerned about a post that has just become public (at posting, or when a moderator releases
    /// it): theme followers of a new question, question followers of a new answer, and mentioned colleagues.
    /// </summary>
    internal async Task AnnouncePublishedAsync(Post post, string questionTitle, CancellationToken ct)
    {
        var questionId = post.Kind == PostKind.Question ? post.Id : post.QuestionId!.Value;
        var link = QuestionLink(questionId);
        if (post.Kind == PostKind.Question)
        {
            var themeFollowers = await db.Set<Follow>().Where(f => f.ThemeSlug == post.ThemeSlug).Select(f => f.UserId).ToListAsync(ct);
            notifier.Notify(themeFollowers, NotificationKind.NewQuestionOnTheme, questionTitle, link, except: post.AuthorId);
        }
        else
        {
            var questionFollowers = await db.Set<Follow>().Where(f => f.QuestionId == questionId).Select(f => f.UserId).ToListAsync(ct);
            notifier.Notify(questionFollowers, NotificationKind.NewAnswer, questionTitle, link, except: post.AuthorId);
        }

        var mentioned = await Mentions.ResolveAsync(db, post.Body, ct);
        notifier.Notify(mentioned, NotificationKind.Mentioned, questionTitle, link, except: post.AuthorId);
    }

    public async Task<CommunityResult> VoteAsync(Actor voter, Guid postId, int value, CancellationToken ct = default)
    {
        if (value is not (1 or -1)) return CommunityResult.Fail(Text("Error.VoteValue"));
        var post = await db.Set<Post>().FirstOrDefaultAsync(p => p.Id == postId && p.Status == PostStatus.Published, ct);
        if (post is null) return CommunityResult.Fail(Text("Error.PostNotFound"));
        if (post.AuthorId == voter.Id) return CommunityResult.Fail(Text("Error.OwnPostVote"));

        var vote = await db.Set<PostVote>().FirstOrDefaultAsync(v => v.PostId == postId && v.UserId == voter.Id, ct);
        if (vote is null)
        {
            db.Set<PostVote>().Add(new PostVote { PostId = postId, UserId = voter.Id, Value = value });
        }
        else if (vote.Value == value)
        {
            // Voting the same way again takes the vote back.
            db.Set<PostVote>().Remove(vote);
        }
        else
        {
            vote.Value = value;
        }

        await db.SaveChangesAsync(ct);
        // Recounted rather than incremented, so concurrent votes cannot drift the score.
        var score = await db.Set<PostVote>().Where(v => v.PostId == postId).SumAsync(v => v.Value, ct);
        await db.Set<Post>().Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Score, score), ct);
        return CommunityResult.Ok(postId);
    }

    public async Task<CommunityResult> AcceptAsync(Actor asker, Guid questionId, Guid answerId, CancellationToken ct = default)
    {
        var question = await db.Set<Post>().FirstOrDefaultAsync(p => p.Id == questionId && p.Kind == PostKind.Question, ct);
        if (question is null) return CommunityResult.Fail(Text("Error.QuestionNotFound"));
        if (question.AuthorId != asker.Id) return CommunityResult.Fail(Text("Error.OnlyAskerAccepts"));
        var answer = await db.Set<Post>().FirstOrDefaultAsync(
            p => p.Id == answerId && p.QuestionId == questionId && p.Status == PostStatus.Published, ct);
        if (answer is null) return CommunityResult.Fail(Text("Error.PostNotFound"));

        question.AcceptedAnswerId = question.AcceptedAnswerId == answer.Id ? null : answer.Id;
        if (question.AcceptedAnswerId is not null)
        {
            notifier.Notify([answer.AuthorId], NotificationKind.AnswerAccepted, question.Title ?? "", QuestionLink(question.Id), except: asker.Id);
        }

        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(answer.Id);
    }

    public async Task<bool> IsFollowingThemeAsync(Guid userId, string theme, CancellationToken ct = default) =>
        await db.Set<Follow>().AnyAsync(f => f.UserId == userId && f.ThemeSlug == theme, ct);

    public async Task<bool> IsFollowingQuestionAsync(Guid userId, Guid questionId, CancellationToken ct = default) =>
        await db.Set<Follow>().AnyAsync(f => f.UserId == userId && f.QuestionId == questionId, ct);

    /// <summary>Follows or unfollows a theme; returns whether the user follows it afterwards.</summary>
    public async Task<CommunityResult> ToggleThemeAsync(Actor user, string? theme, CancellationToken ct = default)
    {
        if (!await themes.ExistsAsync(theme, ct)) return CommunityResult.Fail(Text("Error.ThemeRequired"));
        var follow = await db.Set<Follow>().FirstOrDefaultAsync(f => f.UserId == user.Id && f.ThemeSlug == theme, ct);
        if (follow is null)
        {
            db.Set<Follow>().Add(new Follow { UserId = user.Id, ThemeSlug = theme, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            db.Set<Follow>().Remove(follow);
        }

        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok();
    }

    public async Task<CommunityResult> ToggleQuestionAsync(Actor user, Guid questionId, CancellationToken ct = default)
    {
        if (!await Visible(db, user).AnyAsync(p => p.Id == questionId && p.Kind == PostKind.Question, ct))
        {
            return CommunityResult.Fail(Text("Error.QuestionNotFound"));
        }

        var follow = await db.Set<Follow>().FirstOrDefaultAsync(f => f.UserId == user.Id && f.QuestionId == questionId, ct);
        if (follow is null)
        {
            db.Set<Follow>().Add(new Follow { UserId = user.Id, QuestionId = questionId, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            db.Set<Follow>().Remove(follow);
        }

        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok();
    }

    public async Task<CommunityResult> ReportAsync(Actor reporter, Guid postId, string? reason, CancellationToken ct = default)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0) return CommunityResult.Fail(Text("Error.ReasonRequired"));
        if (reason.Length > CommunityLimits.ReasonLength) return CommunityResult.Fail(CommunityText.Text.Format("Error.ReasonTooLong", CommunityLimits.ReasonLength));
        if (!await db.Set<Post>().AnyAsync(p => p.Id == postId && p.Status == PostStatus.Published, ct))
        {
            return CommunityResult.Fail(Text("Error.PostNotFound"));
        }

        db.Set<PostReport>().Add(new PostReport { PostId = postId, ReporterId = reporter.Id, Reason = reason, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(postId);
    }

    private Post NewPost(Actor author, PostKind kind, string body, ScreeningVerdict verdict) => new()
    {
        Kind = kind,
        Body = body,
        AuthorId = author.Id,
        AuthorName = author.Name,
        AuthorMunicipalityId = author.MunicipalityId,
        ByExpert = author.IsExpert,
        Status = verdict.Hold ? PostStatus.Held : PostStatus.Published,
        ScreeningReason = verdict.Reason,
        CreatedAt = clock.GetUtcNow(),
    };
}
