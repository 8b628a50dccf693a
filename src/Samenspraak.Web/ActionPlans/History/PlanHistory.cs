using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.ActionPlans.History;

/// <summary>
/// Saves a change to a plan together with a new version (snapshot, who, what), so every editor's change is in the
/// history. Call with the plan loaded through <see cref="PlanAccess.EditAsync"/> after changing it.
/// </summary>
public sealed class PlanHistory(AppDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task SaveAsync(ActionPlan plan, string change, CancellationToken ct = default)
    {
        plan.UpdatedAt = clock.GetUtcNow();
        var snapshot = PlanSnapshot.Of(plan);
        var last = plan.Versions.OrderByDescending(v => v.Number).FirstOrDefault();
        if (last is null || last.Snapshot != snapshot)
        {
            var version = new PlanVersion
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                MunicipalityId = plan.MunicipalityId,
                Number = (last?.Number ?? 0) + 1,
                At = plan.UpdatedAt,
                AuthorName = tenant.UserName ?? "systeem",
                Change = change.Length > 300 ? change[..300] : change,
                Snapshot = snapshot,
            };
            // Added explicitly (a new row with its key already set, found only through the navigation, would be
            // taken for an existing one); a tracked plan then lists it through the foreign key already.
            db.Add(version);
            if (!plan.Versions.Contains(version)) plan.Versions.Add(version);
        }

        await db.SaveChangesAsync(ct);
    }
}
