using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Platform.Accounts.Pages;

/// <summary>What every successful log-in does in the UI, whatever the route (password, authenticator, recovery code).</summary>
internal static class SignedIn
{
    public static void ApplyPreferences(HttpContext context, AppUser? user)
    {
        // The user's own language wins over whatever the browser used before logging in.
        if (user?.PreferredCulture is { } culture
            && ShellExtensions.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            CultureSwitch.WriteCookie(context, culture);
        }
    }
}
