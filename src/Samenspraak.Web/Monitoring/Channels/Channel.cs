using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// A source of messages of one municipality: its Facebook page export, a forum, an RSS feed, a Mastodon hashtag, a
/// push-API integration. Holds the polling state of feed channels too, so a poll survives restarts.
/// </summary>
public class Channel : IMunicipalityOwned
{
    public const int DefaultPollIntervalMinutes = 15;

    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public ChannelType Type { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The colleague responsible for the channel, when it is a user of the platform.</summary>
    public Guid? OwnerUserId { get; set; }

    /// <summary>Free-text owner ("dienst communicatie") when it is not (only) a platform user.</summary>
    public string? OwnerName { get; set; }

    /// <summary>Inactive channels keep their messages but are not polled and refuse pushes and uploads.</summary>
    public bool Active { get; set; } = true;

    /// <summary>RSS/Atom: the feed URL. Mastodon: the instance's base URL (https://mastodon.social).</summary>
    public string? FeedUrl { get; set; }

    /// <summary>Mastodon account (acct such as "stad@mastodon.social" or a numeric id) or hashtag without '#'.</summary>
    public string? AccountOrHashtag { get; set; }

    public int PollIntervalMinutes { get; set; } = DefaultPollIntervalMinutes;

    /// <summary>Feed position: Mastodon since_id, or for RSS the newest item id/date seen. Opaque to everyone else.</summary>
    public string? Cursor { get; set; }

    /// <summary>When the poller should fetch next; pushed back exponentially after errors.</summary>
    public DateTimeOffset? NextPollAt { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    /// <summary>Errors in a row; drives the backoff and is reset by a successful poll.</summary>
    public int ConsecutiveErrors { get; set; }

    /// <summary>Dutch, user-facing description of the last error (no stack traces).</summary>
    public string? LastError { get; set; }

    /// <summary>
    /// Opt-in by the municipality: keep the author's raw handle next to the pseudonym. Off by default (GDPR data
    /// minimisation): then only the keyed-hash pseudonym is stored.
    /// </summary>
    public bool StoreRawHandles { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ICollection<ChannelApiKey> ApiKeys { get; set; } = [];
}
