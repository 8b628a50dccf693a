using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// A file uploaded to a knowledge item (e.g. a practice's report or lesson material). Platform-wide like the items;
/// who may download it follows the item (see <see cref="KnowledgeAttachments.MayRead"/>). Removing only marks it
/// removed: the item's older versions keep naming it and curators can still open it. The bytes live in
/// <see cref="KnowledgeAttachmentContent"/> so that listing attachments never loads them.
/// </summary>
public sealed class KnowledgeAttachment
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    /// <summary>The sanitised file name, also the last part of the download address.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Lower-case extension with dot, one of <see cref="AttachmentRules.Types"/>.</summary>
    public string Extension { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes: the same file is stored once per item.</summary>
    public string Sha256 { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Order on the item page (ascending).</summary>
    public int Position { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid? UploadedById { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    public Guid? RemovedById { get; set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? FileName : Title;
}

/// <summary>The bytes of one attachment, read as a stream on download.</summary>
public sealed class KnowledgeAttachmentContent
{
    public Guid AttachmentId { get; set; }

    public byte[] Bytes { get; set; } = [];
}

internal sealed class KnowledgeAttachmentConfiguration : IEntityTypeConfiguration<KnowledgeAttachment>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachment> builder)
    {
        builder.ToTable("KnowledgeAttachments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ItemId, a.Sha256 }).IsUnique();
        builder.Property(a => a.FileName).HasMaxLength(AttachmentRules.MaxFileNameLength);
        builder.Property(a => a.Extension).HasMaxLength(10);
        builder.Property(a => a.ContentType).HasMaxLength(120);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(AttachmentRules.MaxTitleLength);
        builder.Property(a => a.Description).HasMaxLength(AttachmentRules.MaxDescriptionLength);
        builder.Ignore(a => a.DisplayName);
        builder.HasOne<KnowledgeItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KnowledgeAttachmentContentConfiguration : IEntityTypeConfiguration<KnowledgeAttachmentContent>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachmentContent> builder)
    {
        builder.ToTable("KnowledgeAttachmentContents");
        builder.HasKey(c => c.AttachmentId);
        builder.HasOne<KnowledgeAttachment>().WithOne().HasForeignKey<KnowledgeAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
