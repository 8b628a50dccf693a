using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>Who pays a cost line. Only <see cref="Subsidy"/> counts toward the Plan Samenleven cap.</summary>
public enum FundingSource
{
    Subsidy,
    OwnContribution,
    Other,
}

/// <summary>Section 7: one cost line of an action in one year, planned and (as the plan is carried out) spent.</summary>
public class BudgetLine : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public Guid ActionId { get; set; }

    public int Year { get; set; }

    public string Description { get; set; } = "";

    public FundingSource Source { get; set; }

    public decimal Planned { get; set; }

    public decimal Spent { get; set; }
}
