using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Knowledge.Import;

internal sealed class KnowledgeImportConfiguration : IEntityTypeConfiguration<KnowledgeImport>
{
    public void Configure(EntityTypeBuilder<KnowledgeImport> builder)
    {
        builder.ToTable("KnowledgeImports");
        builder.Property(j => j.FileName).HasMaxLength(255).IsRequired();
        builder.Property(j => j.CuratorName).HasMaxLength(256);
        builder.Property(j => j.PlanJson).IsRequired();
        builder.Property(j => j.SkippedJson).IsRequired();
        builder.Property(j => j.Error).HasMaxLength(2000);
        // The worker looks for queued and interrupted jobs; the page lists the newest.
        builder.HasIndex(j => new { j.State, j.CreatedAt });
        builder.HasIndex(j => j.CreatedAt);
    }
}
