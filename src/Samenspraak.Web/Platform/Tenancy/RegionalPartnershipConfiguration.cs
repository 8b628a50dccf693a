using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Platform.Tenancy;

internal sealed class RegionalPartnershipConfiguration : IEntityTypeConfiguration<RegionalPartnership>
{
    public void Configure(EntityTypeBuilder<RegionalPartnership> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasMany(p => p.Members)
            .WithMany(m => m.Partnerships)
            .UsingEntity("RegionalPartnershipMembers");
    }
}
