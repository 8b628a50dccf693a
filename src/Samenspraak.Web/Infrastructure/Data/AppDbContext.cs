using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>
/// The one data context of the application. Each module keeps its <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes in its own folder; they are applied by scanning this assembly. Provider-specific subclasses
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) exist only so each provider has its own
/// migrations; code always asks for <see cref="AppDbContext"/>.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser, AppRole, Guid>, IDataProtectionKeyContext
{
    private readonly ITenantContext _tenant;

    public AppDbContext(DbContextOptions options, ITenantContext tenant) : base(options)
    {
        _tenant = tenant;
    }

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<RegionalPartnership> RegionalPartnerships => Set<RegionalPartnership>();

    public DbSet<MunicipalitySettings> MunicipalitySettings => Set<MunicipalitySettings>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>ASP.NET Core data-protection keys, shared by every instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <summary>Who this context acts for; read by the tenant query filter and the save guards.</summary>
    public ITenantContext Tenant => _tenant;

    /// <summary>
    /// Read by the global query filter on every <see cref="IMunicipalityOwned"/> entity. EF Core evaluates this
    /// property per query on the context instance that runs it, so one compiled model serves all tenants.
    /// </summary>
    internal Guid? CurrentMunicipalityId => _tenant.MunicipalityId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        TenantQueryFilter.Apply(builder, this);
    }
}
