using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.RoleModels;

/// <summary>
/// A municipality's choice of what counts as role-model training: courses (by slug, so every version counts) and
/// event types whose attendance counts. A coordinator edits it on /rolmodellen; a municipality without a row uses
/// <see cref="DefaultFor"/>: the starter course polarisatie-basis and events of type Training.
/// </summary>
public sealed class RoleModelProgramme : IMunicipalityOwned
{
    public const string DefaultCourse = "polarisatie-basis";

    public Guid MunicipalityId { get; set; }

    /// <summary>Course slugs, comma-separated.</summary>
    public string TrainingCourses { get; set; } = DefaultCourse;

    /// <summary>Event types (<see cref="EventType"/> names), comma-separated.</summary>
    public string TrainingEventTypes { get; set; } = nameof(EventType.Training);

    public IReadOnlyList<string> CourseSlugs =>
        TrainingCourses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<EventType> EventTypes =>
        [.. TrainingEventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.TryParse<EventType>(t, out var type) ? type : (EventType?)null)
            .OfType<EventType>()];

    public static RoleModelProgramme DefaultFor(Guid municipalityId) => new() { MunicipalityId = municipalityId };
}

internal sealed class RoleModelProgrammeConfiguration : IEntityTypeConfiguration<RoleModelProgramme>
{
    public void Configure(EntityTypeBuilder<RoleModelProgramme> builder)
    {
        builder.ToTable("LearningRoleModelProgrammes");
        builder.HasKey(p => p.MunicipalityId);
        builder.Property(p => p.TrainingCourses).HasMaxLength(2000);
        builder.Property(p => p.TrainingEventTypes).HasMaxLength(500);
    }
}
