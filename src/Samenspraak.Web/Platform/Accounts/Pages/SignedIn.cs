using Microsoft.AspNetCore.Identity;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Platform.Accounts.Pages;

/// <summary>What happens after every successful log-in, whatever the route (password, authenticator, recovery code).</summary>
internal static class SignedIn
{
    public static async Task CompleteAsync(HttpContext context, UserManager<AppUser> users, IAuditLog audit, AppUser user, TimeProvider clock)
    {
        user.LastLoginAt = clock.GetUtcNow();
        await users.UpdateAsync(user);

        // The user's own language wins over whatever the browser used before logging in.
        if (user.PreferredCulture is { } culture && ShellExtensions.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            CultureSwitch.WriteCookie(context, culture);
        }

        // The tenant context still sees an anonymous request here, so name the user and municipality explicitly.
        await audit.WriteAsync(AuditActions.LoginSucceeded, nameof(AppUser), user.Id.ToString(), user.Email,
            user.MunicipalityId);
    }
}
