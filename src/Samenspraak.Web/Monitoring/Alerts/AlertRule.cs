using Samenspraak.Analysis;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>What an alert rule watches. Stored as numbers: only append.</summary>
public enum AlertKind
{
    /// <summary>At least Threshold messages flagged with <see cref="AlertRule.Signal"/> within the window.</summary>
    Signal = 0,

    /// <summary>At least Threshold messages of <see cref="AlertRule.ThemeId"/> within the window.</summary>
    Theme = 1,

    /// <summary>A theme becomes new or rising (burst model) with at least Threshold messages today.</summary>
    Spike = 2,
}

/// <summary>How the rule's recipients are told. Stored as numbers: only append.</summary>
public enum DigestFrequency
{
    /// <summary>Every notification is mailed at once.</summary>
    None = 0,
    Daily = 1,
    Weekly = 2,
}

/// <summary>
/// A municipality's alert rule. Every firing becomes an in-app <see cref="AlertNotification"/>; optionally an e-mail
/// (immediately, or collected in a daily or weekly digest) and a signed webhook call.
/// </summary>
public class AlertRule : IMunicipalityOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Name { get; set; } = "";

    public AlertKind Kind { get; set; }

    public Signal? Signal { get; set; }

    public long? ThemeId { get; set; }

    /// <summary>Only messages of this channel count (null: all channels).</summary>
    public Guid? ChannelId { get; set; }

    public int Threshold { get; set; } = 1;

    public int WindowHours { get; set; } = 24;

    /// <summary>Recipient of the e-mails; null for in-app only.</summary>
    public string? Email { get; set; }

    public DigestFrequency Digest { get; set; }

    /// <summary>HTTPS endpoint that receives a signed JSON POST per notification; null for none.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Shared secret of the HMAC-SHA256 signature, protected with data protection at rest.</summary>
    public string? WebhookSecretProtected { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }
}

/// <summary>One firing of a rule: shown in the app, mailed and posted to the webhook. Never contains message text.</summary>
public class AlertNotification : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid RuleId { get; set; }

    /// <summary>Makes a firing happen once per rule and window (or per theme and day for spikes).</summary>
    public string DedupeKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public int Count { get; set; }

    public long? ThemeId { get; set; }

    /// <summary>Set when someone closed it (no longer an "open alert" on the dashboard).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }

    public DateTimeOffset? WebhookDeliveredAt { get; set; }

    public int WebhookAttempts { get; set; }

    public DateTimeOffset? WebhookNextAttemptAt { get; set; }

    public string? WebhookLastError { get; set; }
}
