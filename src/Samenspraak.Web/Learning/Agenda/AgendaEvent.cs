using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>The kinds of events in the agenda (UI names in LearningText "EventType.*").</summary>
public enum EventType
{
    Webinar,
    Training,
    Hackathon,
    Plaatsbezoek,
    Ervaringsdag,
    Netwerkmoment,
}

/// <summary>
/// An event in the platform-wide agenda (PolarProf-style webinars, trainings, site visits). Published by authors;
/// public events are open to citizens, the others to professionals only. <see cref="ConfirmedCount"/> is the
/// number of confirmed places and is only ever changed by one conditional UPDATE, which is what prevents
/// overbooking when many people register at once.
/// </summary>
public sealed class AgendaEvent : IAudited
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public EventType Type { get; set; }

    public string Description { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Address for events on location; empty for online events.</summary>
    public string? Location { get; set; }

    /// <summary>Link to join a webinar (only shown to registered participants).</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>Recording of a webinar, shown afterwards.</summary>
    public string? RecordingUrl { get; set; }

    public int Capacity { get; set; }

    public int ConfirmedCount { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>An optional question asked at registration (dietary needs, expectations, ...).</summary>
    public string? RegistrationQuestion { get; set; }

    /// <summary>Theme slugs of the shared taxonomy (the knowledge base's, as in the community); may be empty. They drive the
    /// agenda's theme filter and the digest of new events on followed themes.</summary>
    public List<string> Themes { get => _themes ??= []; set => _themes = value; }

    // Events from before themes existed have NULL in the column (a nullable column needs no provider-specific default
    // in the migration); EF reads into this field, so the property is never null.
    private List<string>? _themes;

    public Guid? OrganiserId { get; set; }

    /// <summary>iCalendar SEQUENCE: raised on every change so calendar clients update their copy.</summary>
    public int Sequence { get; set; }

    /// <summary>Set when the organiser cancelled the event; registrations are kept (and told), nobody can register.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>The organiser's explanation of the cancellation, sent to everyone registered.</summary>
    public string? CancellationReason { get; set; }

    public bool IsCancelled => CancelledAt is not null;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class AgendaEventConfiguration : IEntityTypeConfiguration<AgendaEvent>
{
    public void Configure(EntityTypeBuilder<AgendaEvent> builder)
    {
        builder.ToTable("LearningEvents");
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);

        // Nullable so that existing events need no default (NULL reads as no themes, see the backing field).
        builder.Property(e => e.Themes).IsRequired(false);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.RecordingUrl).HasMaxLength(500);
        builder.Property(e => e.RegistrationQuestion).HasMaxLength(300);
        builder.Property(e => e.CancellationReason).HasMaxLength(1000);
        builder.Ignore(e => e.IsCancelled);
        builder.HasIndex(e => e.StartsAt);
    }
}
