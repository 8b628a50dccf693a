using Microsoft.AspNetCore.Identity;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Creates roles and platform admins for the first run and for <c>samenspraak users create-admin</c>.</summary>
public sealed class AdminAccounts(UserManager<AppUser> users, RoleManager<AppRole> roles, IAuditLog audit, TimeProvider clock)
{
    public const string DefaultAdminEmail = "admin@samenspraak.local";

    public async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new AppRole(name));
                ThrowIfFailed(result, $"role {name}");
            }
        }
    }

    /// <summary>Creates a platform admin with a generated password and returns that password; it is stored nowhere else.</summary>
    public async Task<CreatedAccount> CreatePlatformAdminAsync(string email, string? displayName, CancellationToken ct = default)
    {
        await EnsureRolesAsync();
        var user = await CreateUserAsync(email, displayName ?? "Platformbeheerder", null, Roles.PlatformAdmin, PasswordGenerator.Generate());
        await audit.WriteAsync(AuditActions.AdminCreated, nameof(AppUser), user.User.Id.ToString(), ct: ct);
        return user;
    }

    /// <summary>Creates an active, confirmed user with the given password and role.</summary>
    public async Task<CreatedAccount> CreateUserAsync(string email, string displayName, Guid? municipalityId, string role, string password)
    {
        // Platform admins belong to no municipality; everybody else to exactly one.
        if ((role == Roles.PlatformAdmin) != (municipalityId is null))
        {
            throw new InvalidOperationException(role == Roles.PlatformAdmin
                ? "Een platformbeheerder hoort niet bij een gemeente."
                : $"Een gebruiker met de rol {role} hoort bij een gemeente.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new InvalidOperationException($"Er bestaat al een account met e-mailadres {email}.");
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            MunicipalityId = municipalityId,
            CreatedAt = clock.GetUtcNow(),
            IsActive = true,
        };
        ThrowIfFailed(await users.CreateAsync(user, password), email);
        ThrowIfFailed(await users.AddToRoleAsync(user, role), email);
        return new CreatedAccount(user, password);
    }

    public async Task<bool> AnyPlatformAdminAsync() => (await users.GetUsersInRoleAsync(Roles.PlatformAdmin)).Count > 0;

    private static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Kon {what} niet aanmaken: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>An account that was just created, with its one-time visible password.</summary>
public sealed record CreatedAccount(AppUser User, string Password);
