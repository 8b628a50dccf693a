namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>Who is acting, and for which municipality. Empty for anonymous requests and background work.</summary>
public interface ITenantContext
{
    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The municipality of the current user; null for platform admins, anonymous users and system work.</summary>
    Guid? MunicipalityId { get; }

    bool IsPlatformAdmin { get; }
}
