namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Who is acting, and for which municipality: the <see cref="ActingUser"/> of background work when one is set,
/// otherwise the signed-in user of the request. Empty for anonymous requests and for background work that did not say
/// who it acts for.
/// </summary>
public interface ITenantContext
{
    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The municipality of the current user; null for platform admins, anonymous users and system work.</summary>
    Guid? MunicipalityId { get; }

    bool IsPlatformAdmin { get; }

    /// <summary>The job name when the system acts (<see cref="ActingUser.System"/>); recorded in the audit log.</summary>
    string? SystemJob => null;
}
