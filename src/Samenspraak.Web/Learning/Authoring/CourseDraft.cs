using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>
/// The version of a course an author is working on. Learners never see it; publishing turns it into a new
/// <see cref="Course"/> version (an immutable snapshot) and removes the draft. At most one draft per course (slug).
/// Platform-wide content like <see cref="Course"/>, so not municipality-owned.
/// </summary>
public sealed class CourseDraft : IAudited
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    /// <summary>The published version the draft was started from; null for a course never published.</summary>
    public int? BasedOnVersion { get; set; }

    /// <summary>The <see cref="CourseDefinition"/> being edited, as JSON.</summary>
    public string DefinitionJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }

    public CourseDefinition Definition() =>
        JsonSerializer.Deserialize<CourseDefinition>(DefinitionJson, CourseDefinition.Json) ?? new CourseDefinition();

    public void Store(CourseDefinition definition) => DefinitionJson = JsonSerializer.Serialize(definition, CourseDefinition.Json);
}

internal sealed class CourseDraftConfiguration : IEntityTypeConfiguration<CourseDraft>
{
    public void Configure(EntityTypeBuilder<CourseDraft> builder)
    {
        builder.ToTable("LearningCourseDrafts");
        builder.Property(d => d.Slug).HasMaxLength(100);
        builder.HasIndex(d => d.Slug).IsUnique();
    }
}
