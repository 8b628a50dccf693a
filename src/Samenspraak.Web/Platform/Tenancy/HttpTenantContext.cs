using System.Security.Claims;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Reads the tenant from the signed-in user's claims. Outside a request (CLI, seeding, hosted services) every
/// value is empty, which means "system": queries on municipality-owned data then return nothing unless the
/// code lifts the tenant filter explicitly.
/// </summary>
internal sealed class HttpTenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => User?.Identity?.Name;

    public Guid? MunicipalityId =>
        Guid.TryParse(User?.FindFirstValue(SamenspraakClaims.MunicipalityId), out var id) ? id : null;

    public bool IsPlatformAdmin => User?.IsInRole(Roles.PlatformAdmin) ?? false;
}
