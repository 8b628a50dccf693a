namespace Samenspraak.Web.Shell;

/// <summary>
/// A one-shot confirmation ("Uitnodiging verstuurd naar ...") carried across the redirect of
/// post-redirect-get in a short-lived cookie, because static server rendering has no session or TempData.
/// The text is already localised when it is set; the layout shows it once and deletes the cookie.
/// </summary>
public static class StatusMessage
{
    private const string CookieName = "Samenspraak.Status";

    public static void Set(HttpContext context, string message) =>
        context.Response.Cookies.Append(CookieName, message, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromSeconds(30),
            Path = "/",
        });

    /// <summary>Returns the pending message, if any, and removes it so it is shown only once.</summary>
    public static string? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var message) || string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        }

        return message;
    }
}
