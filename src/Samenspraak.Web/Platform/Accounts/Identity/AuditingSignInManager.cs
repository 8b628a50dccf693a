using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>
/// Identity's sign-in manager with the platform's rules built in, so no log-in page can forget them: every
/// log-in attempt, lockout and log-out is audited, lockout on failure is always on, users log in with their
/// e-mail address, and deactivated users can neither log in nor keep using an existing cookie.
/// </summary>
public sealed class AuditingSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    AuditLog audit,
    TimeProvider clock)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        if (user is null)
        {
            // The typed name is not stored: people type passwords into the wrong field.
            await audit.WriteAsync(new AuditEntry { Action = AuditActions.LoginFailed, Details = "unknown user" });
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
    }

    public override async Task<SignInResult> PasswordSignInAsync(AppUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        await RecordAsync(user, result, "password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await RecordAsync(user, result, "authenticator");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null)
        {
            await RecordAsync(user, result, "recovery-code");
        }

        return result;
    }

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        await base.SignOutAsync();
        if (principal.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(new AuditEntry
            {
                Action = AuditActions.LoggedOut,
                UserId = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
                UserName = principal.Identity.Name,
                MunicipalityId = Guid.TryParse(principal.FindFirstValue(SamenspraakClaims.MunicipalityId), out var m) ? m : null,
            });
        }
    }

    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }

    private async Task RecordAsync(AppUser user, SignInResult result, string method)
    {
        var action = result switch
        {
            { Succeeded: true } => AuditActions.LoginSucceeded,
            { IsLockedOut: true } => AuditActions.LockedOut,
            { RequiresTwoFactor: true } => AuditActions.TwoFactorRequired,
            _ => AuditActions.LoginFailed,
        };
        if (result.Succeeded)
        {
            user.LastLoginAt = clock.GetUtcNow();
            await UserManager.UpdateAsync(user);
        }

        await audit.WriteAsync(new AuditEntry
        {
            Action = action,
            UserId = user.Id,
            UserName = user.UserName,
            MunicipalityId = user.MunicipalityId,
            EntityType = nameof(AppUser),
            EntityId = user.Id.ToString(),
            Details = result.IsNotAllowed ? $"{method}; not allowed" : method,
        });
    }
}
