using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Monitoring.Channels;

namespace Samenspraak.Web.Monitoring.Ingestion;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.HasOne<Channel>().WithMany().HasForeignKey(j => j.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.FileName).HasMaxLength(255).IsRequired();
        builder.Property(j => j.StoredFileName).HasMaxLength(100).IsRequired();
        builder.Property(j => j.EncodingName).HasMaxLength(40);
        builder.Property(j => j.MappingJson).HasMaxLength(4000);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.HasIndex(j => new { j.MunicipalityId, j.CreatedAt });
    }
}

internal sealed class ImportRowIssueConfiguration : IEntityTypeConfiguration<ImportRowIssue>
{
    public void Configure(EntityTypeBuilder<ImportRowIssue> builder)
    {
        builder.ToTable("ImportRowIssues");
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(i => i.ImportJobId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Reason).HasMaxLength(500).IsRequired();
        builder.HasIndex(i => new { i.ImportJobId, i.Row });
    }
}
