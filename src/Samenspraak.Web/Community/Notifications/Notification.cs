namespace Samenspraak.Web.Community.Notifications;

/// <summary>What a notification is about; the text is rendered in the reader's language from this.</summary>
public enum NotificationKind
{
    NewAnswer = 0,
    Mentioned = 1,
    AnswerAccepted = 2,
    PostHeld = 3,
    PostReleased = 4,
    PostHidden = 5,
    NewQuestionOnTheme = 6,
    SupportUpdate = 7,
}

/// <summary>An in-app notification for one user.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>What it is about, as shown (a question title or a support request's subject).</summary>
    public string Subject { get; set; } = "";

    /// <summary>Local link to the thing.</summary>
    public string Link { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>How often a user wants the e-mail digest.</summary>
public enum DigestFrequency
{
    None = 0,
    Daily = 1,
    Weekly = 2,
}

/// <summary>A user's digest choice and when the last digest went out.</summary>
public sealed class DigestPreference
{
    public Guid UserId { get; set; }

    public DigestFrequency Frequency { get; set; }

    /// <summary>Items newer than this go into the next digest.</summary>
    public DateTimeOffset LastSentAt { get; set; }
}
