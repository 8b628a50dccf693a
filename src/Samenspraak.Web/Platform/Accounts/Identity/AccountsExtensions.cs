using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Platform.Accounts.Identity;

public static class AccountsExtensions
{
    public const string LoginPath = "/inloggen";
    public const string LogoutPath = "/uitloggen";
    public const string AccessDeniedPath = "/geen-toegang";

    /// <summary>ASP.NET Core Identity with cookie log-in, the platform's password and lockout rules, and the policies.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<AppUser, AppRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): 12 characters, no forced symbol soup.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // User names are e-mail addresses, which may hold any letter (zoë.de.smet@...); the e-mail
                // validator guards the shape, so no separate character whitelist.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddSignInManager<AuditingSignInManager>();

        // A deactivated user or a changed password ends other sessions within minutes, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, SecureCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, SecureCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, SecureCookie);

        services.AddAuthorizationBuilder()
            // Anything that forgets to say who may use it is closed, not open.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(Policies.MunicipalityAdmin, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.PlatformAdmin)
                || (c.User.IsInRole(Roles.MunicipalityAdmin) && c.User.HasClaim(x => x.Type == SamenspraakClaims.MunicipalityId))))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff, Roles.Moderator, Roles.MunicipalityAdmin))
            .AddPolicy(Policies.Professional, p => p.RequireRole(Roles.Professional))
            .AddPolicy(Policies.Curator, p => p.RequireRole(Roles.PlatformAdmin, Roles.Curator))
            .AddPolicy(Policies.Author, p => p.RequireRole(Roles.PlatformAdmin, Roles.Curator, Roles.Expert))
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser());

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "samenspraak.af";
            // Antiforgery refuses to run at all on plain HTTP with "Always"; the local default is http://localhost:5080.
            // The token cookie is not a credential, and the log-in cookie stays Secure regardless.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PublicUrl>();
        services.AddScoped<IInvitationService, InvitationService>();
        services.AddScoped<AdminAccounts>();
        return builder;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        SecureCookie(options);
        options.Cookie.Name = "samenspraak.auth";
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        // APIs answer with a status code (turned into problem details), never with a redirect to an HTML page.
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    private static void SecureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Lax;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiPaths.IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
