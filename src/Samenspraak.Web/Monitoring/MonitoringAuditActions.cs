namespace Samenspraak.Web.Monitoring;

/// <summary>Machine names of the Monitoring module's audited actions (stable: admins filter on them).</summary>
public static class MonitoringAuditActions
{
    /// <summary>A person saw the text of messages (list or detail, page or API); details hold the purpose and ids.</summary>
    public const string MessageTextRead = "monitoring.message-text.read";

    public const string ApiKeyCreated = "monitoring.api-key.created";
    public const string ApiKeyRevoked = "monitoring.api-key.revoked";
    public const string AuthorExported = "monitoring.author.exported";
    public const string AuthorDeleted = "monitoring.author.deleted";
    public const string RetentionPurged = "monitoring.retention.purged";
}
