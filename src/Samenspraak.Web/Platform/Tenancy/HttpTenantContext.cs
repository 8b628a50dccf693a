using System.Security.Claims;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// The tenant of the code running now: the <see cref="ActingUserScope.Current"/> acting user when background work set
/// one (explicit beats ambient), otherwise the signed-in user's claims. Outside a request and outside an acting scope
/// (CLI, seeding, hosted services that did not say) every value is empty, which means "system": queries on
/// municipality-owned data then return nothing unless the code lifts the tenant filter explicitly.
/// Every value is read on each access, so one instance follows the scopes its callers begin and end.
/// </summary>
internal sealed class HttpTenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    private static ActingUser? Acting => ActingUserScope.Current;

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Acting is { } acting
        ? acting.UserId
        : Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Acting is { } acting ? acting.UserName : User?.Identity?.Name;

    public Guid? MunicipalityId => Acting is { } acting
        ? acting.MunicipalityId
        : Guid.TryParse(User?.FindFirstValue(SamenspraakClaims.MunicipalityId), out var id) ? id : null;

    public bool IsPlatformAdmin => Acting is { } acting ? acting.IsPlatformAdmin : User?.IsInRole(Roles.PlatformAdmin) ?? false;

    public string? SystemJob => Acting?.SystemJob;
}
