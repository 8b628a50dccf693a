using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Platform.Tenancy;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.Property(m => m.NisCode).HasMaxLength(5).IsFixedLength().IsRequired();
        builder.HasIndex(m => m.NisCode).IsUnique();
        builder.HasIndex(m => m.Name);
        // Stored as text so the database stays readable and reordering the enum cannot corrupt data.
        builder.Property(m => m.Province).HasConversion<string>().HasMaxLength(20);
    }
}
