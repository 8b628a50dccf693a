namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>Settings of the feed poller (section <c>Monitoring:Feeds</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Monitoring:Feeds";

    /// <summary>Run the polling job in this process. Several instances may run it: a channel is claimed before a poll.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for channels that are due.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Allow feeds on loopback, private and link-local addresses. Off in production (server-side request forgery:
    /// a channel must not reach the municipality's internal network); tests turn it on for their local server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Time allowed for one request, headers and body together.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Larger responses are refused (a feed is a few hundred kilobytes).</summary>
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Upper bound of the exponential backoff after errors (and of a server's Retry-After).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Entries taken from one response; the rest waits for the next poll.</summary>
    public int MaxItemsPerPoll { get; set; } = 500;

    /// <summary>
    /// How long a Mastodon account's numeric id, looked up from its name, is reused before it is looked up again (an
    /// account that moves or is renamed gets a new id; a 404 on its statuses drops the remembered one at once).
    /// </summary>
    public TimeSpan AccountIdLifetime { get; set; } = TimeSpan.FromHours(24);
}
