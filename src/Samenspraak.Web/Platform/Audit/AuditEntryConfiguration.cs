using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(200);
        builder.Property(a => a.EntityId).HasMaxLength(200);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.Property(a => a.IpHash).HasMaxLength(64);
        // The admin screens list newest first, usually narrowed to one municipality.
        builder.HasIndex(a => new { a.MunicipalityId, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Action);
    }
}
