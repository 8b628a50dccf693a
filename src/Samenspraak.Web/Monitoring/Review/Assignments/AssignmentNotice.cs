using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Review.Assignments;

/// <summary>
/// In-app notice for a colleague that a message was assigned to them for follow-up ("opvolgen"). It holds ids only,
/// never the message text; it disappears from "Aan jou toegewezen" once read (opening the message or "alles gelezen").
/// </summary>
public class AssignmentNotice : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The colleague the message was assigned to.</summary>
    public Guid UserId { get; set; }

    public long MessageId { get; set; }

    public Guid AssignedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class AssignmentNoticeConfiguration : IEntityTypeConfiguration<AssignmentNotice>
{
    public void Configure(EntityTypeBuilder<AssignmentNotice> builder)
    {
        builder.ToTable("ReviewAssignmentNotices");
        builder.HasOne<Message>().WithMany().HasForeignKey(n => n.MessageId).OnDelete(DeleteBehavior.Cascade);
        // "My unread notices, newest first" and "mark this message's notices read".
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.Id });
        builder.HasIndex(n => new { n.MessageId, n.UserId });
    }
}
