using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>What an organiser may change on a published event (all times in UTC).</summary>
public sealed record EventChange(
    string Title,
    EventType Type,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string? OnlineUrl,
    int Capacity,
    bool IsPublic,
    string? RegistrationQuestion,
    string? RecordingUrl = null,
    IReadOnlyList<string>? Themes = null);

public enum EventChangeOutcome
{
    Saved,
    NotFound,

    /// <summary>A cancelled event is final: it can be neither changed nor cancelled again.</summary>
    AlreadyCancelled,

    /// <summary>The new capacity is lower than the number of confirmed places; nobody is ever removed.</summary>
    CapacityBelowConfirmed,
}

/// <summary>
/// Changes and cancellation of a published event. A change is one conditional UPDATE ("... WHERE ConfirmedCount &lt;=
/// new capacity AND not cancelled"), so a registration arriving at the same moment can never leave more confirmed
/// people than places; a higher capacity fills the new places from the waiting list in the same transaction.
/// Registrants hear of a new date, time, place or link, and of a cancellation, by e-mail; every change is audited.
/// </summary>
public sealed class EventChanges(AppDbContext db, TimeProvider clock, RegistrationService registrations, RegistrationMails mails, IAuditLog audit)
{
    /// <summary>Applies the change; Confirmed is the number of confirmed places afterwards (or now, when refused).</summary>
    public async Task<(EventChangeOutcome Outcome, int Confirmed, int Promoted)> UpdateAsync(Guid eventId, EventChange change, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (outcome, before, promoted) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var old = await db.Set<AgendaEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
            if (old is null || old.IsCancelled)
            {
                return (old is null ? EventChangeOutcome.NotFound : EventChangeOutcome.AlreadyCancelled, old, (IReadOnlyList<EventRegistration>)[]);
            }

            var now = clock.GetUtcNow();
            var changed = await db.Set<AgendaEvent>()
                .Where(e => e.Id == eventId && e.CancelledAt == null && e.ConfirmedCount <= change.Capacity)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.Title, change.Title)
                    .SetProperty(e => e.Type, change.Type)
                    .SetProperty(e => e.Description, change.Description)
                    .SetProperty(e => e.StartsAt, change.StartsAt)
                    .SetProperty(e => e.EndsAt, change.EndsAt)
                    .SetProperty(e => e.Location, change.Location)
                    .SetProperty(e => e.OnlineUrl, change.OnlineUrl)
                    .SetProperty(e => e.Capacity, change.Capacity)
                    .SetProperty(e => e.IsPublic, change.IsPublic)
                    .SetProperty(e => e.RegistrationQuestion, change.RegistrationQuestion)
                    .SetProperty(e => e.RecordingUrl, change.RecordingUrl)
                    .SetProperty(e => e.Sequence, e => e.Sequence + 1)
                    .SetProperty(e => e.UpdatedAt, now), ct);
            if (changed == 0)
            {
                // Either cancelled meanwhile or more people are confirmed than the new capacity allows.
                var current = await db.Set<AgendaEvent>().AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
                return (current.IsCancelled ? EventChangeOutcome.AlreadyCancelled : EventChangeOutcome.CapacityBelowConfirmed, current, []);
            }

            if (change.Themes is { } themes)
            {
                // A primitive collection is set through the change tracker, in the same transaction as the rest.
                var tracked = await db.Set<AgendaEvent>().FirstAsync(e => e.Id == eventId, ct);
                tracked.Themes = [.. themes];
                await db.SaveChangesAsync(ct);
            }

            var moved = change.Capacity > old.Capacity ? await registrations.PromoteWaitingAsync(eventId, ct) : [];
            await transaction.CommitAsync(ct);
            return (EventChangeOutcome.Saved, old, moved);
        });

        if (outcome != EventChangeOutcome.Saved)
        {
            return (outcome, before?.ConfirmedCount ?? 0, 0);
        }

        var updated = await db.Set<AgendaEvent>().AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var practical = PracticalChanges(before!, updated);
        await audit.WriteAsync("learning.event-changed", nameof(AgendaEvent), eventId.ToString(),
            $"capacity {before!.Capacity}->{updated.Capacity}; promoted {promoted.Count}; {string.Join(',', practical)}", ct: ct);

        foreach (var person in promoted)
        {
            await mails.PromotedAsync(updated, person, ct);
        }

        if (practical.Count > 0)
        {
            var promotedIds = promoted.Select(p => p.Id).ToHashSet();
            // The promoted already got a mail with the new details; everyone else registered or waiting is told.
            foreach (var registration in await ActiveRegistrationsAsync(eventId, ct))
            {
                if (!promotedIds.Contains(registration.Id))
                {
                    await mails.ChangedAsync(updated, registration, ct);
                }
            }
        }

        return (outcome, updated.ConfirmedCount, promoted.Count);
    }

    /// <summary>Cancels the event: registration closes, registrations are kept, everyone registered or waiting is told why.</summary>
    public async Task<EventChangeOutcome> CancelAsync(Guid eventId, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Set<AgendaEvent>()
            .Where(e => e.Id == eventId && e.CancelledAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.CancelledAt, now)
                .SetProperty(e => e.CancellationReason, reason)
                .SetProperty(e => e.Sequence, e => e.Sequence + 1)
                .SetProperty(e => e.UpdatedAt, now), ct);
        var stored = await db.Set<AgendaEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (changed == 0)
        {
            return stored is null ? EventChangeOutcome.NotFound : EventChangeOutcome.AlreadyCancelled;
        }

        await audit.WriteAsync("learning.event-cancelled", nameof(AgendaEvent), eventId.ToString(), reason, ct: ct);
        // Read after the cancellation was written: a registration that held the row lock has committed by now.
        foreach (var registration in await ActiveRegistrationsAsync(eventId, ct))
        {
            await mails.EventCancelledAsync(stored!, registration, ct);
        }

        return EventChangeOutcome.Saved;
    }

    /// <summary>Which of the things that make people come (or not) changed: these trigger the change mail.</summary>
    public static IReadOnlyList<string> PracticalChanges(AgendaEvent before, AgendaEvent after)
    {
        var changes = new List<string>();
        if (before.StartsAt != after.StartsAt || before.EndsAt != after.EndsAt)
        {
            changes.Add("time");
        }

        if (!string.Equals(before.Location, after.Location, StringComparison.Ordinal))
        {
            changes.Add("place");
        }

        if (!string.Equals(before.OnlineUrl, after.OnlineUrl, StringComparison.Ordinal))
        {
            changes.Add("link");
        }

        return changes;
    }

    private Task<List<EventRegistration>> ActiveRegistrationsAsync(Guid eventId, CancellationToken ct) =>
        db.Set<EventRegistration>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.RegisteredAt)
            .ToListAsync(ct);
}
