using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Puts the municipality and display name in the login cookie, so the tenant is known without a query.</summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MunicipalityId is { } municipalityId)
        {
            identity.AddClaim(new Claim(SamenspraakClaims.MunicipalityId, municipalityId.ToString()));
        }

        identity.AddClaim(new Claim(SamenspraakClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
