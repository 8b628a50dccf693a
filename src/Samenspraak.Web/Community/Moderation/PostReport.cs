namespace Samenspraak.Web.Community.Moderation;

/// <summary>A user reported a post to the moderators. Open until a moderator handles it.</summary>
public sealed class PostReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PostId { get; set; }

    public Guid ReporterId { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    public Guid? HandledById { get; set; }
}

/// <summary>
/// The moderation trail of a post: every hide, release and edit, who did it, why, and for edits the text before.
/// Written next to the platform audit log, so moderators can see a post's history where they work.
/// </summary>
public sealed class ModerationAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PostId { get; set; }

    public ModerationKind Kind { get; set; }

    public Guid ModeratorId { get; set; }

    public string ModeratorName { get; set; } = "";

    public string Reason { get; set; } = "";

    /// <summary>For edits: the body before the edit.</summary>
    public string? PreviousBody { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum ModerationKind
{
    Released = 0,
    Hidden = 1,
    Edited = 2,
    ReportDismissed = 3,
}
