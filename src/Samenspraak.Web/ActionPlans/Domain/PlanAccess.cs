using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>
/// Who sees which plan. The tenant filter alone would hide a partnership plan from every member but its owner, so
/// reading lifts that filter in one place only and puts the rule back explicitly: a plan is readable when it is the
/// own municipality's, or when it belongs to a partnership the own municipality is a member of. Writing never lifts
/// the filter: only the owning municipality edits (the save guard would refuse anything else anyway), and within it
/// only the plan's members (<see cref="PlanMember"/>) and the Gemeentebeheerder; other staff read.
/// </summary>
public sealed class PlanAccess(AppDbContext db, ITenantContext tenant, IHttpContextAccessor http)
{
    public IQueryable<ActionPlan> Readable()
    {
        if (tenant.MunicipalityId is not { } own)
        {
            return db.Set<ActionPlan>().Where(_ => false);
        }

        var partnerships = db.RegionalPartnerships.Where(r => r.Members.Any(m => m.Id == own)).Select(r => r.Id);
        return db.Set<ActionPlan>().IgnoreTenantFilter()
            .Where(p => p.MunicipalityId == own || (p.PartnershipId != null && partnerships.Contains(p.PartnershipId.Value)));
    }

    /// <summary>The plan with every section's rows, or null when this user may not read it (the page answers 404).</summary>
    public Task<ActionPlan?> ReadAsync(Guid id, CancellationToken ct = default) =>
        WithEverything(Readable()).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The plan, tracked for changes, when it is the own municipality's; null otherwise.</summary>
    public Task<ActionPlan?> EditAsync(Guid id, CancellationToken ct = default) =>
        WithEverything(db.Set<ActionPlan>()).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    public bool IsOwn(ActionPlan plan) => plan.MunicipalityId == tenant.MunicipalityId;

    /// <summary>The Gemeentebeheerder of the own municipality: edits every own plan, manages members, records the vaststelling.</summary>
    public bool IsMunicipalityAdmin => http.HttpContext?.User.IsInRole(Roles.MunicipalityAdmin) ?? false;

    public PlanMember? MembershipOf(ActionPlan plan) =>
        tenant.UserId is { } user ? plan.Members.FirstOrDefault(m => m.UserId == user) : null;

    /// <summary>
    /// Whether the current user may change this plan: it is the own municipality's, and the user is one of its
    /// members with a role that writes plans, or the Gemeentebeheerder.
    /// </summary>
    public bool MayEdit(ActionPlan plan)
    {
        if (!IsOwn(plan)) return false;
        if (IsMunicipalityAdmin) return true;
        var user = http.HttpContext?.User;
        return MembershipOf(plan) is not null && (user?.IsInRole(Roles.Staff) ?? false);
    }

    /// <summary>Owners and the Gemeentebeheerder decide who edits.</summary>
    public bool MayManageMembers(ActionPlan plan) =>
        IsOwn(plan) && (IsMunicipalityAdmin || MembershipOf(plan) is { Role: PlanMemberRole.Owner } && MayEdit(plan));

    /// <summary>The vaststelling is a municipal decision: only the own Gemeentebeheerder records it.</summary>
    public bool MayAdopt(ActionPlan plan) => IsOwn(plan) && IsMunicipalityAdmin;

    private static IQueryable<ActionPlan> WithEverything(IQueryable<ActionPlan> plans) => plans
        .Include(p => p.Actions)
        .Include(p => p.Partners)
        .Include(p => p.BudgetLines)
        .Include(p => p.Kpis).ThenInclude(k => k.Measurements)
        .Include(p => p.Reports)
        .Include(p => p.Comments)
        .Include(p => p.Versions)
        .Include(p => p.Members)
        .Include(p => p.ThemeSnapshot);
}
