using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Records every insert, update and delete of audited entities in the same transaction as the change: who, what,
/// when, which municipality and the names (never the values) of the changed properties.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor http, IpHasher ipHasher, TimeProvider clock) : SaveChangesInterceptor
{
    // Bookkeeping that Identity updates on every log-in; the log-in events themselves are audited explicitly.
    private static readonly HashSet<string> UserNoise = new(StringComparer.Ordinal)
    {
        nameof(AppUser.ConcurrencyStamp), nameof(AppUser.LastLoginAt), nameof(AppUser.AccessFailedCount),
        nameof(AppUser.LockoutEnd),
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var tenant = db.Tenant;
        var ipHash = ipHasher.Hash(http.HttpContext?.Connection.RemoteIpAddress);
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e.Entity))
            .ToList();
        foreach (var entry in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.EntityAdded,
                EntityState.Deleted => AuditActions.EntityDeleted,
                _ => AuditActions.EntityModified,
            };
            string? details = null;
            if (entry.State == EntityState.Modified)
            {
                // Rows a job recomputes: their creation and deletion are audited, their updates are noise.
                if (entry.Entity is IDerivedData)
                {
                    continue;
                }

                // Identity's stores call Update(), which flags every column; only real differences count.
                var changed = entry.Properties
                    .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                    .Select(p => p.Metadata.Name)
                    .Where(name => name != nameof(AppUser.ConcurrencyStamp))
                    .ToList();
                if (changed.Count == 0
                    || (entry.Entity is AppUser && changed.All(UserNoise.Contains))
                    || changed.All(name => IsBookkeeping(entry, name)))
                {
                    continue;
                }

                details = JsonSerializer.Serialize(new { properties = changed });
            }

            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserId = tenant.UserId,
                UserName = AuditActor.NameOf(tenant),
                MunicipalityId = MunicipalityOf(entry.Entity) ?? tenant.MunicipalityId,
                Action = action,
                EntityType = TypeName(entry.Metadata.ClrType),
                EntityId = KeyOf(entry),
                Details = details,
                IpHash = ipHash,
            });
        }
    }

    /// <summary>A property marked <see cref="NotAuditedAttribute"/>: changing only such properties is not an audit event.</summary>
    private static bool IsBookkeeping(EntityEntry entry, string property) =>
        entry.Metadata.FindProperty(property)?.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute), inherit: true) == true;

    /// <summary>"IdentityUserRole" rather than "IdentityUserRole`1": admins read and filter on this.</summary>
    private static string TypeName(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static bool IsAudited(object entity) =>
        entity is IAudited or IMunicipalityOwned or AppUser or IdentityUserRole<Guid>;

    private static Guid? MunicipalityOf(object entity) => entity switch
    {
        IMunicipalityOwned owned => owned.MunicipalityId,
        AppUser user => user.MunicipalityId,
        Municipality municipality => municipality.Id,
        _ => null,
    };

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
