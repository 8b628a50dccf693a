using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.RoleModels;

/// <summary>A deployment of a role model: a talk in a school, a workshop in a youth club, a dialogue evening.</summary>
public sealed class RoleModelActivity : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid RoleModelId { get; set; }

    /// <summary>Kind of activity in the organiser's words ("getuigenis in de klas", "workshop").</summary>
    public string ActivityType { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public string Organisation { get; set; } = "";

    public int ParticipantsReached { get; set; }
}

/// <summary>A coaching session. <see cref="Notes"/> are shown to the coach who wrote them and to nobody else.</summary>
public sealed class CoachingSession : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Guid RoleModelId { get; set; }

    public Guid CoachId { get; set; }

    public DateOnly Date { get; set; }

    public string Notes { get; set; } = "";
}

internal sealed class RoleModelActivityConfiguration : IEntityTypeConfiguration<RoleModelActivity>
{
    public void Configure(EntityTypeBuilder<RoleModelActivity> builder)
    {
        builder.ToTable("LearningRoleModelActivities");
        builder.Property(a => a.ActivityType).HasMaxLength(100);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Organisation).HasMaxLength(200);
        builder.HasIndex(a => new { a.MunicipalityId, a.Date });
        builder.HasOne<RoleModel>().WithMany().HasForeignKey(a => a.RoleModelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.ToTable("LearningCoachingSessions");
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.HasIndex(s => new { s.RoleModelId, s.Date });
        builder.HasOne<RoleModel>().WithMany().HasForeignKey(s => s.RoleModelId).OnDelete(DeleteBehavior.Cascade);
    }
}
