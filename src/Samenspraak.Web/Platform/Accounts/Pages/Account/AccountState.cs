using Microsoft.AspNetCore.Identity;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Platform.Accounts.Pages.Account;

/// <summary>
/// Everything the account page shows, loaded once by the page. The sections must not query on their own while
/// rendering: they share one DbContext, and components initialise concurrently, which PostgreSQL's driver (unlike
/// SQLite's) turns into "a second operation was started on this context".
/// </summary>
public sealed record AccountState(AppUser User, IList<string> Roles, bool TwoFactorEnabled, int RecoveryCodesLeft, string AuthenticatorKey)
{
    public static async Task<AccountState> LoadAsync(UserManager<AppUser> users, HttpContext context)
    {
        var user = await users.GetUserAsync(context.User)
            ?? throw new InvalidOperationException("The account page requires a signed-in user that exists.");
        var roles = await users.GetRolesAsync(user);
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        var codesLeft = enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!enabled && string.IsNullOrEmpty(key))
        {
            // A key exists from the first visit on, so the one shown is the one that will be verified.
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return new AccountState(user, roles, enabled, codesLeft, key ?? "");
    }
}
