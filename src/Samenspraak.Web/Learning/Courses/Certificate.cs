using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// Proof that someone passed a course version. Name, title and score are copied at issue time so the certificate
/// and its public verification stay the same when the course or the account changes later.
/// </summary>
public sealed class Certificate
{
    public Guid Id { get; set; }

    /// <summary>The verification code printed on the certificate (e.g. "K7QM-2XHD-94TB").</summary>
    public string Code { get; set; } = "";

    public Guid UserId { get; set; }

    public Guid CourseId { get; set; }

    /// <summary>The holder's municipality at issue time (null for citizens): counts "professionals trained".</summary>
    public Guid? MunicipalityId { get; set; }

    /// <summary>Whether the holder was a professional (not a citizen) when the certificate was issued.</summary>
    public bool IsProfessional { get; set; }

    public string HolderName { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    public int CourseVersion { get; set; }

    public double Score { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("LearningCertificates");
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.HolderName).HasMaxLength(100);
        builder.Property(c => c.CourseTitle).HasMaxLength(200);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.UserId, c.CourseId }).IsUnique();
        builder.HasIndex(c => new { c.MunicipalityId, c.IssuedAt });
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
