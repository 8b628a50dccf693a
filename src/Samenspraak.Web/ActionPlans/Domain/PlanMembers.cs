using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>A user who may become a member of a plan.</summary>
public sealed record MemberCandidate(Guid UserId, string DisplayName, string Email);

/// <summary>
/// Who may be made an owner or editor of a plan: active Medewerkers and Gemeentebeheerders of the plan's own
/// municipality. Users of partnership members read a partnership plan but cannot be editors: the platform's save
/// guard refuses writes to another municipality's rows (see docs/actionplans.md).
/// </summary>
public sealed class PlanMembers(AppDbContext db, TimeProvider clock)
{
    private static readonly string[] WritingRoles = [Roles.Staff, Roles.MunicipalityAdmin];

    public async Task<IReadOnlyList<MemberCandidate>> CandidatesAsync(ActionPlan plan, CancellationToken ct = default)
    {
        var taken = plan.Members.Select(m => m.UserId).ToList();
        var writers = from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where WritingRoles.Contains(r.Name!)
                      select ur.UserId;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.MunicipalityId == plan.MunicipalityId && u.IsActive && writers.Contains(u.Id) && !taken.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new MemberCandidate(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(ct);
        return users;
    }

    /// <summary>Adds the user when they are a candidate; null when they are not (unknown, other municipality, no writing role, already a member).</summary>
    public async Task<PlanMember?> AddAsync(ActionPlan plan, Guid userId, PlanMemberRole role, CancellationToken ct = default)
    {
        var candidate = (await CandidatesAsync(plan, ct)).FirstOrDefault(c => c.UserId == userId);
        if (candidate is null) return null;
        var member = NewMember(plan, candidate.UserId, candidate.DisplayName.Length > 0 ? candidate.DisplayName : candidate.Email, role);
        db.Add(member);
        // The tracked parent picks the new row up through its foreign key; adding it again would list it twice.
        if (!plan.Members.Contains(member)) plan.Members.Add(member);
        return member;
    }

    public PlanMember NewMember(ActionPlan plan, Guid userId, string displayName, PlanMemberRole role) => new()
    {
        Id = Guid.NewGuid(), PlanId = plan.Id, MunicipalityId = plan.MunicipalityId, UserId = userId,
        DisplayName = displayName.Length > 256 ? displayName[..256] : displayName, Role = role, AddedAt = clock.GetUtcNow(),
    };

    /// <summary>The display name of a user, for the creator who becomes the first owner.</summary>
    public async Task<string> DisplayNameAsync(Guid userId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email).FirstOrDefaultAsync(ct) ?? "";
}
