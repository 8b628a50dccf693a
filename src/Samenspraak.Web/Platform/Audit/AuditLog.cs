using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Writes audit entries through a context of its own, so that an event is recorded even when the caller's
/// unit of work fails (a failed log-in is exactly such a case) and never flushes the caller's pending changes.
/// </summary>
public sealed class AuditLog(
    IServiceScopeFactory scopes, ITenantContext tenant, IHttpContextAccessor http, IpHasher ipHasher, TimeProvider clock)
    : IAuditLog
{
    public Task WriteAsync(string action, string? entityType = null, string? entityId = null, string? details = null,
        Guid? municipalityId = null, CancellationToken ct = default) =>
        WriteAsync(new AuditEntry
        {
            UserId = tenant.UserId,
            UserName = AuditActor.NameOf(tenant),
            MunicipalityId = municipalityId ?? tenant.MunicipalityId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
        }, ct);

    /// <summary>Writes an entry whose actor is given explicitly, e.g. a user who is logging in and not yet signed in.</summary>
    public async Task WriteAsync(AuditEntry entry, CancellationToken ct = default)
    {
        entry.At = clock.GetUtcNow();
        entry.IpHash ??= ipHasher.Hash(http.HttpContext?.Connection.RemoteIpAddress);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
