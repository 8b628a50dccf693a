namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>A validated, pseudonymised message ready for the bulk insert (all times UTC).</summary>
public sealed record NewMessage(
    Guid MunicipalityId,
    Guid ChannelId,
    string? ExternalId,
    string Fingerprint,
    string Text,
    string? AuthorPseudonym,
    string? RawHandle,
    string? Url,
    string? ReplyToExternalId,
    DateTimeOffset PublishedAt,
    DateTimeOffset ReceivedAt);
