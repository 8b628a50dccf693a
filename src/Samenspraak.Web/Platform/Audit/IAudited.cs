namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Marks an entity whose every insert, update and delete is written to the audit log by
/// <see cref="AuditInterceptor"/>. Municipality-owned entities are audited without this marker.
/// </summary>
public interface IAudited;
