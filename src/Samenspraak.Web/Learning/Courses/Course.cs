using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// One version of a course. Courses are platform-wide content (written by authors, read by every municipality), so
/// they are not municipality-owned. Exactly one version per slug is <see cref="IsCurrent"/>; older versions stay so
/// that what learners did on them remains valid.
/// </summary>
public sealed class Course : IAudited
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    public int Version { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary><see cref="CourseAudiences"/>.</summary>
    public string Audience { get; set; } = CourseAudiences.Professional;

    public bool IsCurrent { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The whole <see cref="CourseDefinition"/> as JSON, lesson texts included.</summary>
    public string DefinitionJson { get; set; } = "{}";

    public bool IsPublic => Audience == CourseAudiences.Public;

    public CourseDefinition Definition() =>
        JsonSerializer.Deserialize<CourseDefinition>(DefinitionJson, CourseDefinition.Json) ?? new CourseDefinition();

    public static Course From(CourseDefinition definition, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Slug = definition.Slug,
        Version = definition.Version,
        Title = definition.Title,
        Summary = definition.Summary,
        Audience = definition.Audience,
        IsCurrent = true,
        PublishedAt = now,
        DefinitionJson = JsonSerializer.Serialize(definition, CourseDefinition.Json),
    };
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("LearningCourses");
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(600);
        builder.Property(c => c.Audience).HasMaxLength(20);
        builder.HasIndex(c => new { c.Slug, c.Version }).IsUnique();
    }
}
