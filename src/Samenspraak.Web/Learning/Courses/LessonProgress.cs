using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>A learner finished reading one lesson of one course version. Also the learner's resume point.</summary>
public sealed class LessonProgress
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid CourseId { get; set; }

    public string LessonSlug { get; set; } = "";

    /// <summary>The learner's municipality at the time, for anonymous aggregate progress (null for citizens).</summary>
    public Guid? MunicipalityId { get; set; }

    /// <summary>Whether the learner was a professional (not a citizen): staff progress excludes citizens.</summary>
    public bool IsProfessional { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.ToTable("LearningLessonProgress");
        builder.Property(p => p.LessonSlug).HasMaxLength(100);
        builder.HasIndex(p => new { p.UserId, p.CourseId, p.LessonSlug }).IsUnique();
        builder.HasIndex(p => new { p.MunicipalityId, p.CourseId });
        builder.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
