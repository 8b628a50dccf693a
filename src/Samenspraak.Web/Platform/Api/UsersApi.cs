using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record UserResponse(
    Guid Id, string Email, string DisplayName, Guid? MunicipalityId, IReadOnlyList<string> Roles, bool IsActive,
    bool HasPassword, bool TwoFactorEnabled, bool LockedOut, DateTimeOffset CreatedAt, DateTimeOffset? LastLoginAt);

public sealed record InviteRequest(string? Email, string? DisplayName, string? Role, Guid? MunicipalityId);

public sealed record InviteResponse(Guid UserId);

internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Gebruikers");
        group.MapGet("/users", List).WithName("ListUsers")
            .WithSummary("Gebruikers: alle voor platformbeheerders, anders die van de eigen gemeente")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        group.MapGet("/users/{id:guid}", Get).WithName("GetUser")
            .WithSummary("Eén gebruiker; 404 voor een gebruiker van een andere gemeente")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        group.MapPost("/users/invitations", Invite).WithName("InviteUser")
            .WithSummary("Iemand uitnodigen per e-mail; gemeentebeheerders alleen voor hun eigen gemeente")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        return app;
    }

    /// <summary>Users are not municipality-owned rows (platform admins have none), so the scope is explicit here.</summary>
    internal static IQueryable<AppUser> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin ? db.Users : db.Users.Where(u => u.MunicipalityId == tenant.MunicipalityId && u.MunicipalityId != null);

    private static async Task<Ok<List<UserResponse>>> List(
        AppDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct,
        Guid? municipalityId = null, string? role = null, string? search = null)
    {
        var query = Visible(db, tenant).AsNoTracking();
        if (municipalityId is not null)
        {
            query = query.Where(u => u.MunicipalityId == municipalityId);
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            // Identity keeps an upper-cased copy of the e-mail; display names are matched as typed.
            var upper = search.Trim().ToUpperInvariant();
            var term = search.Trim();
            query = query.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(term));
        }

        var users = await query.OrderBy(u => u.DisplayName).Take(500).ToListAsync(ct);
        var roles = await RolesOfAsync(db, [.. users.Select(u => u.Id)], ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(users.Select(u => ToResponse(u, roles, now)).ToList());
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> Get(
        Guid id, AppDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var user = await Visible(db, tenant).AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var roles = await RolesOfAsync(db, [user.Id], ct);
        return TypedResults.Ok(ToResponse(user, roles, clock.GetUtcNow()));
    }

    private static async Task<Results<Created<InviteResponse>, ValidationProblem>> Invite(
        InviteRequest request, IInvitationService invitations, ITenantContext tenant, CancellationToken ct)
    {
        // A municipality admin invites into their own municipality; the service refuses anything else.
        var municipalityId = request.MunicipalityId ?? (request.Role == Roles.PlatformAdmin ? null : tenant.MunicipalityId);
        var result = await invitations.InviteAsync(request.Email ?? "", request.DisplayName ?? "", request.Role ?? "", municipalityId, ct);
        if (result.UserId is { } userId && result.Succeeded)
        {
            return TypedResults.Created($"{ApiGroups.V1}/users/{userId}", new InviteResponse(userId));
        }

        var v = new Validation();
        foreach (var error in result.Errors)
        {
            v.AddText("invitation", error);
        }

        return v.ToProblem();
    }

    private static async Task<ILookup<Guid, string>> RolesOfAsync(AppDbContext db, List<Guid> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }

    private static UserResponse ToResponse(AppUser u, ILookup<Guid, string> roles, DateTimeOffset now) =>
        new(u.Id, u.Email ?? "", u.DisplayName, u.MunicipalityId, [.. roles[u.Id]], u.IsActive, u.PasswordHash is not null,
            u.TwoFactorEnabled, u.LockoutEnd > now, u.CreatedAt, u.LastLoginAt);
}
