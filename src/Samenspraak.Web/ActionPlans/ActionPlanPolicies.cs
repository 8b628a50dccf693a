namespace Samenspraak.Web.ActionPlans;

/// <summary>
/// Who works on the plan. The platform's policies have no "staff or official" rule, so the module names its own:
/// Medewerker and Gemeentebeheerder write plans (within a plan only its members and the Gemeentebeheerder, see
/// <see cref="Domain.PlanAccess.MayEdit"/>); a Mandataris reads; the vaststelling, a decision of the council or the
/// college, is recorded by the Gemeentebeheerder only. Municipality isolation comes on top, from the tenant filter
/// and <see cref="Domain.PlanAccess"/> (another municipality's plan answers 404).
/// </summary>
public static class ActionPlanPolicies
{
    public const string Read = "ActionPlanRead";
    public const string Edit = "ActionPlanEdit";
    public const string Adopt = "ActionPlanAdopt";
}
