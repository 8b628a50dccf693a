using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Platform.Tenancy;

internal sealed class MunicipalitySettingsConfiguration : IEntityTypeConfiguration<MunicipalitySettings>
{
    public void Configure(EntityTypeBuilder<MunicipalitySettings> builder)
    {
        builder.HasIndex(s => s.MunicipalityId).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.ContactEmail).HasMaxLength(256);
        builder.Property(s => s.WelcomeText).HasMaxLength(2000);
    }
}
