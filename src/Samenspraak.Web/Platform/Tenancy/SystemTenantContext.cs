namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>The tenant of work that no user does (seeding, migrations, the CLI): no user, no municipality.</summary>
public sealed class SystemTenantContext : ITenantContext
{
    public static SystemTenantContext Instance { get; } = new();

    public Guid? UserId => null;

    public string? UserName => null;

    public Guid? MunicipalityId => null;

    public bool IsPlatformAdmin => false;
}
