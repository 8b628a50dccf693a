using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Samenspraak.Web.Components;

namespace Samenspraak.Web.Shell;

/// <summary>
/// The UI shell: Razor components (static server rendering), localisation and the culture switch.
/// Program.cs calls <see cref="AddShell"/> and <see cref="MapShell"/>; everything about how pages are
/// rendered and in which language lives here.
/// </summary>
public static class ShellExtensions
{
    /// <summary>Dutch (Belgium) first: it is the default and the neutral resource culture.</summary>
    public static readonly string[] SupportedCultures = ["nl-BE", "en"];

    public const string DefaultCulture = "nl-BE";

    /// <summary>
    /// Dates and numbers in the English UI are written the Belgian way (23/11/2026, 24 h clock): the users are in
    /// Belgium, and "11/12" must not mean a different day depending on the language chosen.
    /// </summary>
    public const string EnglishFormattingCulture = "en-BE";

    public static IHostApplicationBuilder AddShell(this IHostApplicationBuilder builder)
    {
        // Static server rendering only: no interactive render modes until a page earns one.
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = [.. cultures, new CultureInfo(EnglishFormattingCulture)];
            options.SupportedUICultures = cultures;
            // Only the cookie decides (set by the switch and at log-in from the user's preference); the
            // browser's Accept-Language would make the UI change language behind the user's back.
            options.RequestCultureProviders = [new BelgianFormattingCookieProvider()];
        });
        return builder;
    }

    /// <summary>
    /// Maps static assets, the culture switch and the Razor component pages. Request localisation is not added
    /// here: Program.cs runs <c>UseRequestLocalization()</c> early, before error handling, so that even error
    /// pages come in the user's language (the options configured in <see cref="AddShell"/> apply).
    /// </summary>
    public static WebApplication MapShell(this WebApplication app)
    {
        // Stylesheet and icon must load on the log-in page too; the fallback policy would otherwise demand a log-in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>();
        return app;
    }
}

/// <summary>The culture cookie, with the English UI formatting dates and numbers as in Belgium (en-BE).</summary>
internal sealed class BelgianFormattingCookieProvider : CookieRequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var result = await base.DetermineProviderCultureResult(httpContext);
        if (result is null || !result.Cultures.Any(c => string.Equals(c.Value, "en", StringComparison.OrdinalIgnoreCase)))
        {
            return result;
        }

        return new ProviderCultureResult(ShellExtensions.EnglishFormattingCulture, result.UICultures.FirstOrDefault().Value ?? "en");
    }
}
