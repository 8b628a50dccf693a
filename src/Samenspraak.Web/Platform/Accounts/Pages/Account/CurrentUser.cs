using Microsoft.AspNetCore.Identity;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Platform.Accounts.Pages.Account;

/// <summary>Loads the signed-in user for the account sections; the page's policy guarantees one exists.</summary>
internal static class CurrentUser
{
    public static async Task<AppUser> LoadAsync(UserManager<AppUser> users, HttpContext context) =>
        await users.GetUserAsync(context.User)
        ?? throw new InvalidOperationException("The account page requires a signed-in user that exists.");
}
