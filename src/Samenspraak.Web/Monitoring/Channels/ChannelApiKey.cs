using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// A key with which an integration pushes messages into one channel. The key itself is shown once at creation;
/// only its SHA-256 hash (keys are long random strings, so no slow hash is needed) and a display prefix are stored.
/// </summary>
public class ChannelApiKey : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid ChannelId { get; set; }

    /// <summary>What the key is for ("koppeling website"), chosen by the admin.</summary>
    public string Label { get; set; } = "";

    /// <summary>The first characters of the key, shown in lists so people can tell keys apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the full key.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    [NotAudited]
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Revoked keys stay listed (who made it, when revoked) but are refused by the push API.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
