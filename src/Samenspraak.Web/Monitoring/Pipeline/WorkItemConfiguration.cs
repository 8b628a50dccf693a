using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Monitoring.Pipeline;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("WorkItems");
        builder.Property(w => w.Kind).HasMaxLength(64).IsRequired();
        builder.Property(w => w.UniqueKey).HasMaxLength(200);
        builder.Property(w => w.LastError).HasMaxLength(2000);
        builder.HasIndex(w => w.UniqueKey).IsUnique();
        builder.HasIndex(w => new { w.State, w.AvailableAt });
    }
}
