namespace Samenspraak.Web.Monitoring.Ingestion;

/// <summary>A message as a source delivers it (upload row, pushed item, feed entry), before validation.</summary>
public sealed record IncomingMessage(
    string? ExternalId,
    string? Text,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? Url,
    string? ReplyToExternalId);

/// <summary>Limits that every ingestion path applies the same way.</summary>
public static class IngestionLimits
{
    /// <summary>Longer texts are refused (not cut): a 50 MB "comment" is not a comment.</summary>
    public const int MaxTextLength = 100_000;

    public const int MaxExternalIdLength = 200;

    public const int MaxAuthorLength = 200;

    public const int MaxUrlLength = 2000;
}
