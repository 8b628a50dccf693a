using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Items;

internal sealed class KnowledgeItemConfiguration : IEntityTypeConfiguration<KnowledgeItem>
{
    public void Configure(EntityTypeBuilder<KnowledgeItem> builder)
    {
        builder.ToTable("KnowledgeItems");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.HasIndex(i => new { i.Status, i.Kind });
        builder.Property(i => i.Slug).HasMaxLength(120);
        builder.Property(i => i.Kind).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Summary).HasMaxLength(1000);
        builder.Property(i => i.Body).HasMaxLength(40_000);
        builder.Property(i => i.Approach).HasMaxLength(20_000);
        builder.Property(i => i.Region).HasMaxLength(100);
        builder.Property(i => i.Owner).HasMaxLength(300);
        builder.Property(i => i.PeriodStart).HasMaxLength(7);
        builder.Property(i => i.PeriodEnd).HasMaxLength(7);
        builder.Property(i => i.Funding).HasMaxLength(300);
        builder.Property(i => i.Language).HasMaxLength(10);
        builder.Property(i => i.SourceTitle).HasMaxLength(500);
        builder.Property(i => i.SourceUrl).HasMaxLength(1000);
        builder.Property(i => i.Claim).HasMaxLength(2000);
        builder.Property(i => i.Verdict).HasMaxLength(200);
        builder.Property(i => i.Publisher).HasMaxLength(300);
        builder.Property(i => i.ReviewUrl).HasMaxLength(1000);
        builder.Property(i => i.ContactName).HasMaxLength(200);
        builder.Property(i => i.ContactRole).HasMaxLength(200);
        builder.Property(i => i.ContactEmail).HasMaxLength(256);
        builder.Property(i => i.ContactPhone).HasMaxLength(50);
        builder.Property(i => i.ContactConsentNote).HasMaxLength(500);
        builder.Property(i => i.ReviewNote).HasMaxLength(2000);
        builder.Property(i => i.SeedHash).HasMaxLength(64);
        builder.Ignore(i => i.HasVisibleContact);
    }
}

internal sealed class KnowledgeItemVersionConfiguration : IEntityTypeConfiguration<KnowledgeItemVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeItemVersion> builder)
    {
        builder.ToTable("KnowledgeItemVersions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ItemId, v.Version });
        builder.Property(v => v.Action).HasMaxLength(40);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.HasOne<KnowledgeItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KnowledgeTermConfiguration : IEntityTypeConfiguration<KnowledgeTerm>
{
    public void Configure(EntityTypeBuilder<KnowledgeTerm> builder)
    {
        builder.ToTable("KnowledgeTerms");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.Kind, t.Slug }).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(80);
        builder.Property(t => t.LabelNl).HasMaxLength(120);
        builder.Property(t => t.LabelEn).HasMaxLength(120);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.MergedInto).HasMaxLength(80);
        builder.Ignore(t => t.IsActive);
    }
}
