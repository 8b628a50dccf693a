using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>What a person may do on one plan: an owner also decides who else edits it.</summary>
public enum PlanMemberRole
{
    Owner,
    Editor,
}

/// <summary>
/// A user who may edit one plan. Only members (and the Gemeentebeheerder) change a plan; other staff of the
/// municipality read it. The display name is copied so the plan page does not have to read the accounts table;
/// no other personal data is kept here.
/// </summary>
public class PlanMember : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid PlanId { get; set; }

    public Guid UserId { get; set; }

    public string DisplayName { get; set; } = "";

    public PlanMemberRole Role { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
