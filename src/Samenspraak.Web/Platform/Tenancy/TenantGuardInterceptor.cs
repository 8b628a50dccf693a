using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Last line of defence for writes: stamps the current municipality on new <see cref="IMunicipalityOwned"/> rows
/// and refuses to insert, change or delete rows of another municipality, or to move a row between municipalities.
/// Platform admins and system work (no municipality) may write any row they explicitly loaded.
/// </summary>
internal sealed class TenantGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    internal static void Guard(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var current = db.Tenant.MunicipalityId;
        foreach (var entry in db.ChangeTracker.Entries<IMunicipalityOwned>())
        {
            var owner = entry.Property(e => e.MunicipalityId);
            switch (entry.State)
            {
                case EntityState.Added when entry.Entity.MunicipalityId == Guid.Empty:
                    entry.Entity.MunicipalityId = current
                        ?? throw new TenantIsolationException(
                            $"A new {entry.Metadata.ClrType.Name} needs a municipality, and the current user has none.");
                    break;
                case EntityState.Added when current is not null && entry.Entity.MunicipalityId != current:
                    throw new TenantIsolationException($"Refused to add a {entry.Metadata.ClrType.Name} for another municipality.");
                case EntityState.Modified or EntityState.Deleted:
                    if (owner.IsModified && owner.OriginalValue != owner.CurrentValue)
                    {
                        throw new TenantIsolationException($"Refused to move a {entry.Metadata.ClrType.Name} to another municipality.");
                    }

                    if (current is not null && owner.OriginalValue != current)
                    {
                        throw new TenantIsolationException($"Refused to change a {entry.Metadata.ClrType.Name} of another municipality.");
                    }

                    break;
            }
        }
    }
}
