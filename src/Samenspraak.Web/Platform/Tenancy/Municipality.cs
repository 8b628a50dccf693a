using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>A municipality (gemeente, stad): the tenant. Its data is isolated from every other municipality's.</summary>
public class Municipality : IAudited
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The five-digit NIS code (e.g. 11002 for Antwerpen).</summary>
    public string NisCode { get; set; } = "";

    public Province Province { get; set; }

    public int Population { get; set; }

    /// <summary>Demo municipalities are seeded for newcomers and clearly labelled as such.</summary>
    public bool IsDemo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ICollection<RegionalPartnership> Partnerships { get; set; } = [];
}
