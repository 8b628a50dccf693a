namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Marks an entity that belongs to one municipality. The data context filters every query on it by the current
/// user's municipality and refuses to save rows of another municipality.
/// </summary>
public interface IMunicipalityOwned
{
    Guid MunicipalityId { get; set; }
}
