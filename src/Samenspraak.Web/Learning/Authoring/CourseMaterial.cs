using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>
/// A file an author uploaded as downloadable lesson material. Never changed after upload, so every course version
/// that links to it (<c>/leren/materiaal/{id}</c>) keeps offering exactly that file. Readable by whoever may take
/// the course it belongs to, and by authors.
/// </summary>
public sealed class CourseMaterial
{
    public Guid Id { get; set; }

    public string CourseSlug { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public Guid? UploadedById { get; set; }
}

internal sealed class CourseMaterialConfiguration : IEntityTypeConfiguration<CourseMaterial>
{
    public void Configure(EntityTypeBuilder<CourseMaterial> builder)
    {
        builder.ToTable("LearningCourseMaterials");
        builder.Property(m => m.CourseSlug).HasMaxLength(100);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.HasIndex(m => m.CourseSlug);
    }
}
