using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Users;

/// <summary>
/// Which accounts an administrator may see and manage: a platform admin every account, a municipality admin
/// only the accounts of their own municipality. Users are not municipality-owned rows (platform admins have no
/// municipality), so the tenant query filter does not cover them and every users page goes through here.
/// </summary>
internal static class UserScope
{
    public static IQueryable<AppUser> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin
            ? db.Users
            : db.Users.Where(u => tenant.MunicipalityId != null && u.MunicipalityId == tenant.MunicipalityId);

    /// <summary>The user with this id if the current admin may manage them; null means "answer 404".</summary>
    public static Task<AppUser?> FindAsync(AppDbContext db, ITenantContext tenant, Guid id, CancellationToken ct) =>
        Visible(db, tenant).FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Roles the current admin may hand out: a municipality admin can never make a platform admin.</summary>
    public static IReadOnlyList<string> AssignableRoles(ITenantContext tenant) =>
        tenant.IsPlatformAdmin ? Roles.All : Roles.MunicipalityRoles;

    /// <summary>Role names per user id, in one query for a whole page of users.</summary>
    public static async Task<Dictionary<Guid, List<string>>> RolesOfAsync(AppDbContext db, IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.ToList();
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Municipalities the current admin may pick in forms and filters (platform admins: all; others: their own).</summary>
    public static Task<List<Municipality>> MunicipalitiesAsync(AppDbContext db, ITenantContext tenant, CancellationToken ct) =>
        db.Municipalities.AsNoTracking()
            .Where(m => tenant.IsPlatformAdmin || m.Id == tenant.MunicipalityId)
            .OrderBy(m => m.Name)
            .ToListAsync(ct);
}
