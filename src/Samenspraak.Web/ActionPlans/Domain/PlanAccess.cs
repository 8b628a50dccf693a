using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>
/// Who sees which plan. The tenant filter alone would hide a partnership plan from every member but its owner, so
/// reading lifts that filter in one place only and puts the rule back explicitly: a plan is readable when it is the
/// own municipality's, or when it belongs to a partnership the own municipality is a member of. Writing never lifts
/// the filter: only the owning municipality edits (the save guard would refuse anything else anyway).
/// </summary>
public sealed class PlanAccess(AppDbContext db, ITenantContext tenant)
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

    private static IQueryable<ActionPlan> WithEverything(IQueryable<ActionPlan> plans) => plans
        .Include(p => p.Actions)
        .Include(p => p.Partners)
        .Include(p => p.BudgetLines)
        .Include(p => p.Kpis).ThenInclude(k => k.Measurements)
        .Include(p => p.Reports)
        .Include(p => p.Comments)
        .Include(p => p.Versions);
}
