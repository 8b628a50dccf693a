namespace Samenspraak.Web.Platform.Audit;

/// <summary>Writes security-relevant events to the audit log. The acting user and municipality come from the tenant context
/// (the <see cref="Samenspraak.Web.Platform.Tenancy.ActingUser"/> in background work).</summary>
public interface IAuditLog
{
    /// <param name="municipalityId">Overrides the acting user's municipality, e.g. when a platform admin changes a municipality.</param>
    Task WriteAsync(string action, string? entityType = null, string? entityId = null, string? details = null, Guid? municipalityId = null, CancellationToken ct = default);
}
