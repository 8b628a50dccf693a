using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Privacy;

/// <summary>
/// The secret key of a municipality's author pseudonyms (HMAC-SHA256 of the handle). Stored encrypted with
/// ASP.NET Core data protection (whose keys live in the same database), created on first use. Without it a
/// pseudonym cannot be linked back to a handle; two municipalities never share pseudonyms.
/// </summary>
public class PseudonymKey : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The key, protected with data protection (purpose "Samenspraak.Monitoring.Pseudonyms").</summary>
    public string ProtectedKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class PseudonymKeyConfiguration : IEntityTypeConfiguration<PseudonymKey>
{
    public void Configure(EntityTypeBuilder<PseudonymKey> builder)
    {
        builder.ToTable("PseudonymKeys");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(k => k.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.MunicipalityId).IsUnique();
        builder.Property(k => k.ProtectedKey).HasMaxLength(1000).IsRequired();
    }
}
