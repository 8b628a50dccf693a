using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.RoleModels;

public enum ScreeningStatus
{
    Aangemeld,
    InScreening,
    Goedgekeurd,
    Afgewezen,
}

public enum TrainingStatus
{
    NietGestart,
    Bezig,
    Afgerond,
}

/// <summary>
/// A local role model of the municipality (POLRAD-style): recruited through an application, screened, trained,
/// deployed in activities and coached. Personal data is limited to a name, a way to reach them and their consent.
/// </summary>
public sealed class RoleModel : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Why the person wants to be a role model, in their words.</summary>
    public string Motivation { get; set; } = "";

    /// <summary>Consent to process these data for the programme; an application without it is refused.</summary>
    public bool ConsentGiven { get; set; }

    public DateTimeOffset ConsentAt { get; set; }

    public ScreeningStatus Screening { get; set; }

    public TrainingStatus Training { get; set; }

    /// <summary>Courses or events the role model follows (free text or links), for the training track.</summary>
    public string? TrainingPlan { get; set; }

    /// <summary>The role model's platform account, linked by a coordinator or at application when the applicant was
    /// signed in. Their certificates and attended events are the training record; without a link, an account with the
    /// application's e-mail address is used.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The staff member who coaches this role model; only they read the coaching notes.</summary>
    public Guid? CoachId { get; set; }

    /// <summary>Stopped role models stay for the figures but no longer count as active.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset AppliedAt { get; set; }
}

internal sealed class RoleModelConfiguration : IEntityTypeConfiguration<RoleModel>
{
    public void Configure(EntityTypeBuilder<RoleModel> builder)
    {
        builder.ToTable("LearningRoleModels");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Motivation).HasMaxLength(2000);
        builder.Property(r => r.TrainingPlan).HasMaxLength(2000);
        builder.Property(r => r.Screening).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Training).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.MunicipalityId);
    }
}
