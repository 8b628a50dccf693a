using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Shell;

/// <summary>
/// POST /taal: switches the UI language. Remembered in a cookie for everyone and, for a logged-in user, in
/// <see cref="AppUser.PreferredCulture"/> so it follows them to another browser at the next log-in.
/// </summary>
internal static class CultureSwitch
{
    public const string Route = "/taal";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        // Antiforgery is validated automatically: the endpoint binds a form.
        endpoints.MapPost(Route, SwitchAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SwitchAsync(
        HttpContext context, UserManager<AppUser> users, [FromForm] string culture, [FromForm] string? returnUrl)
    {
        var supported = ShellExtensions.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        if (supported is null)
        {
            return TypedResults.BadRequest();
        }

        WriteCookie(context, supported);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
            && user.PreferredCulture != supported)
        {
            user.PreferredCulture = supported;
            await users.UpdateAsync(user);
        }

        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    public static void WriteCookie(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });

    /// <summary>Only local paths: a crafted returnUrl must not send the user to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/')
            && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
