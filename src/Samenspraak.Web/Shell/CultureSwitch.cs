using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Samenspraak.Web.Shell;

/// <summary>POST /taal: switches the UI language and remembers it in a cookie (and, later, on the user).</summary>
internal static class CultureSwitch
{
    public const string Route = "/taal";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, Switch)
            .AllowAnonymous() // antiforgery is validated automatically: the endpoint binds a form
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Switch(HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl)
    {
        if (!ShellExtensions.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.BadRequest();
        }

        WriteCookie(context, culture);
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
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
