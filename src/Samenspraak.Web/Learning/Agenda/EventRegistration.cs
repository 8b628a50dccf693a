using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Learning.Agenda;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}

/// <summary>
/// One person's registration for an event. Name and e-mail are copied from the account at registration so the
/// organiser can reach participants; nothing else about the person is kept here.
/// </summary>
public sealed class EventRegistration
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public RegistrationStatus Status { get; set; }

    /// <summary>Answer to the event's registration question.</summary>
    public string? Answer { get; set; }

    /// <summary>When the person (re-)registered: the waiting list is served in this order.</summary>
    public DateTimeOffset RegisteredAt { get; set; }

    public bool? Attended { get; set; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>Post-event evaluation: 1 to 5, and an optional comment.</summary>
    public int? EvaluationScore { get; set; }

    public string? EvaluationComment { get; set; }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("LearningEventRegistrations");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Answer).HasMaxLength(1000);
        builder.Property(r => r.EvaluationComment).HasMaxLength(2000);
        builder.HasIndex(r => new { r.EventId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.RegisteredAt });
        builder.HasOne<AgendaEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
