using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>A regional partnership (intergemeentelijk samenwerkingsverband) of several municipalities.</summary>
public class RegionalPartnership : IAudited
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public ICollection<Municipality> Members { get; set; } = [];
}
