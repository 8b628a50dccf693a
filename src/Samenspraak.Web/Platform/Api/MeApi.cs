using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record MeResponse(
    Guid Id, string Email, string DisplayName, Guid? MunicipalityId, string? MunicipalityName,
    IReadOnlyList<string> Roles, string? PreferredCulture, bool TwoFactorEnabled);

internal static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapApiV1("Account")
            .MapGet("/me", GetMe)
            .WithName("GetMe")
            .WithSummary("De aangemelde gebruiker, zijn rollen en gemeente")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> GetMe(ITenantContext tenant, AppDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == tenant.UserId, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name!).ToListAsync(ct);
        var municipality = user.MunicipalityId is null
            ? null
            : await db.Municipalities.AsNoTracking().Where(m => m.Id == user.MunicipalityId).Select(m => m.Name).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? "", user.DisplayName, user.MunicipalityId, municipality,
            roles, user.PreferredCulture, user.TwoFactorEnabled));
    }
}
