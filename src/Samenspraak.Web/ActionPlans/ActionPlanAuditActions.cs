namespace Samenspraak.Web.ActionPlans;

/// <summary>
/// Machine names of the plan's decisions in the audit log, next to the generic row changes every municipality-owned
/// row gets: an admin filtering the log for "actionplan.adopted" finds every vaststelling with body and date.
/// </summary>
public static class ActionPlanAuditActions
{
    public const string Adopted = "actionplan.adopted";
    public const string AdoptionWithdrawn = "actionplan.adoption-withdrawn";
    public const string MemberAdded = "actionplan.member-added";
    public const string MemberRemoved = "actionplan.member-removed";
}
