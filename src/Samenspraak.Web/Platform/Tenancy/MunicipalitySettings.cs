namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// A municipality's own settings, managed by its Gemeentebeheerder. Municipality-owned: the tenant filter and
/// save guard keep every municipality to its own row.
/// </summary>
public class MunicipalitySettings : IMunicipalityOwned
{
    public const int DefaultRetentionDays = 180;

    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>How long ingested messages are kept before they are deleted (privacy by default: half a year).</summary>
    public int MessageRetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>Address that receives alerts and questions for the municipality's team.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Short text shown to the municipality's users on their start page.</summary>
    public string? WelcomeText { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
