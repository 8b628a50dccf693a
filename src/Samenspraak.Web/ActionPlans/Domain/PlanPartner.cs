using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>Section 5: a partner in the network (LIVC, school, youth club, agency) and its role in the plan.</summary>
public class PlanPartner : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public string Name { get; set; } = "";

    public string Role { get; set; } = "";
}
