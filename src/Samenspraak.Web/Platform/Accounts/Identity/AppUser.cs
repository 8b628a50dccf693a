using Microsoft.AspNetCore.Identity;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>A person who logs in. Belongs to one municipality, or to the platform when <see cref="MunicipalityId"/> is null.</summary>
public class AppUser : IdentityUser<Guid>
{
    /// <summary>The municipality this user works for; null for platform-level users (Platformbeheerder).</summary>
    public Guid? MunicipalityId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>UI culture the user chose ("nl-BE" or "en"); null means the default.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>Deactivated users cannot log in; we never delete users because the audit log refers to them.</summary>
    public bool IsActive { get; set; } = true;
}
