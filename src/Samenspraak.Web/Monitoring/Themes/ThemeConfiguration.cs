using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Themes;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("Themes");
        builder.Property(t => t.Label).HasMaxLength(300).IsRequired();
        builder.Property(t => t.KeyCountsJson).IsRequired();
        builder.HasIndex(t => new { t.MunicipalityId, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.MunicipalityId, t.LastSeenAt });
        builder.HasIndex(t => new { t.MunicipalityId, t.MessageCount });
    }
}

internal sealed class ThemeMessageConfiguration : IEntityTypeConfiguration<ThemeMessage>
{
    public void Configure(EntityTypeBuilder<ThemeMessage> builder)
    {
        builder.ToTable("ThemeMessages");
        builder.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(t => t.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.MessageId).IsUnique();
        builder.HasIndex(t => new { t.ThemeId, t.MessageId });
    }
}

internal sealed class ThemeDailyCountConfiguration : IEntityTypeConfiguration<ThemeDailyCount>
{
    public void Configure(EntityTypeBuilder<ThemeDailyCount> builder)
    {
        builder.ToTable("ThemeDailyCounts");
        builder.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ThemeId, t.Day }).IsUnique();
        builder.HasIndex(t => new { t.MunicipalityId, t.Day });
    }
}

internal sealed class ThemeClusterStateConfiguration : IEntityTypeConfiguration<ThemeClusterState>
{
    public void Configure(EntityTypeBuilder<ThemeClusterState> builder)
    {
        builder.ToTable("ThemeClusterStates");
        builder.HasIndex(s => s.MunicipalityId).IsUnique();
        builder.Property(s => s.DocumentFrequencyJson).IsRequired();
    }
}

internal sealed class ThemeFindingConfiguration : IEntityTypeConfiguration<ThemeFinding>
{
    public void Configure(EntityTypeBuilder<ThemeFinding> builder)
    {
        builder.ToTable("ThemeFindings");
        builder.HasOne<Theme>().WithMany().HasForeignKey(f => f.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(f => f.Subject).HasMaxLength(200);
        builder.HasIndex(f => new { f.MunicipalityId, f.Kind, f.EndAt });
        builder.HasIndex(f => f.ThemeId);
    }
}
