namespace Samenspraak.Web.Community.Questions;

/// <summary>Whether a post is a question or an answer to one.</summary>
public enum PostKind
{
    Question = 0,
    Answer = 1,
}

/// <summary>Where a post stands in screening and moderation.</summary>
public enum PostStatus
{
    /// <summary>Visible to every professional.</summary>
    Published = 0,

    /// <summary>Held by the screening for a moderator's review; visible only to the author and moderators.</summary>
    Held = 1,

    /// <summary>Hidden by a moderator; visible only to the author (with the reason) and moderators.</summary>
    Hidden = 2,
}

/// <summary>
/// A question or an answer in the community. The community is shared by all municipalities (professionals learn from
/// each other), so a post is deliberately NOT municipality-owned; it keeps the author's municipality only to show
/// where a colleague works. Everything municipality-internal lives in support requests, which are isolated.
/// </summary>
public sealed class Post
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public PostKind Kind { get; set; }

    /// <summary>For answers: the question they answer.</summary>
    public Guid? QuestionId { get; set; }

    /// <summary>Questions only.</summary>
    public string? Title { get; set; }

    /// <summary>Questions only: slug of a theme of the shared taxonomy.</summary>
    public string? ThemeSlug { get; set; }

    public string Body { get; set; } = "";

    public Guid AuthorId { get; set; }

    /// <summary>Snapshot of the author's name, so that a post still reads well when the account is deactivated.</summary>
    public string AuthorName { get; set; } = "";

    public Guid? AuthorMunicipalityId { get; set; }

    /// <summary>True when the author held the Expert role when posting: answers by experts are marked as such.</summary>
    public bool ByExpert { get; set; }

    public PostStatus Status { get; set; }

    /// <summary>Why the screening held the post: flagged signals and the evidence, in Dutch; null when it passed.</summary>
    public string? ScreeningReason { get; set; }

    /// <summary>Why a moderator hid the post (shown to the author).</summary>
    public string? ModerationReason { get; set; }

    /// <summary>Questions only: the answer the asker accepted.</summary>
    public Guid? AcceptedAnswerId { get; set; }

    /// <summary>Sum of the votes (+1/-1), kept with the post so lists sort without a join.</summary>
    public int Score { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }
}

/// <summary>One user's vote on a post: +1 or -1. One per user and post.</summary>
public sealed class PostVote
{
    public Guid PostId { get; set; }

    public Guid UserId { get; set; }

    public int Value { get; set; }
}

/// <summary>A user follows a theme (new questions) or a question (new answers).</summary>
public sealed class Follow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string? ThemeSlug { get; set; }

    public Guid? QuestionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
