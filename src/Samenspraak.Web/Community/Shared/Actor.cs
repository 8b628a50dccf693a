using System.Security.Claims;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Community.Shared;

/// <summary>The signed-in user as the community sees them: who, where, and whether they answer as an expert or moderate.</summary>
public sealed record Actor(Guid Id, string Name, Guid? MunicipalityId, bool IsExpert, bool IsModerator, bool IsPlatformAdmin)
{
    public static Actor From(ClaimsPrincipal user)
    {
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed)
            ? parsed
            : throw new InvalidOperationException("The community needs a signed-in user.");
        var municipality = Guid.TryParse(user.FindFirstValue(SamenspraakClaims.MunicipalityId), out var m) ? m : (Guid?)null;
        var platformAdmin = user.IsInRole(Roles.PlatformAdmin);
        return new Actor(
            id,
            user.FindFirstValue(SamenspraakClaims.DisplayName) ?? user.Identity?.Name ?? "",
            municipality,
            user.IsInRole(Roles.Expert),
            platformAdmin || user.IsInRole(Roles.Moderator),
            platformAdmin);
    }
}
