using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Platform.Audit.Pages;

/// <summary>Which audit entries an admin may read: a platform admin all, a municipality admin their own municipality's.</summary>
internal static class AuditScope
{
    public static IQueryable<AuditEntry> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin
            ? db.AuditEntries.AsNoTracking()
            : db.AuditEntries.AsNoTracking().Where(e => tenant.MunicipalityId != null && e.MunicipalityId == tenant.MunicipalityId);

    /// <summary>Midnight in Brussels on that day, as a UTC moment.</summary>
    public static DateTimeOffset StartOfBelgianDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var offset = BelgianTime.ToLocal(new DateTimeOffset(midnight, TimeSpan.Zero)).Offset;
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }
}
