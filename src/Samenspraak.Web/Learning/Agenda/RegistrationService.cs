using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>Who registers: copied onto the registration.</summary>
public sealed record Registrant(Guid UserId, string Name, string Email);

/// <summary>
/// Registration, cancellation and waiting-list promotion. A place is taken only by the conditional update
/// "ConfirmedCount = ConfirmedCount + 1 WHERE ConfirmedCount &lt; Capacity", inside the same transaction as the
/// registration row. PostgreSQL re-checks the condition after waiting for the row lock and SQLite runs one writer
/// at a time, so however many people register at once, no event is ever overbooked.
/// </summary>
public sealed class RegistrationService(AppDbContext db, TimeProvider clock, RegistrationMails mails)
{
    /// <summary>Registers (or puts on the waiting list); null when the event was cancelled, which closes registration.</summary>
    public async Task<EventRegistration?> RegisterAsync(AgendaEvent agendaEvent, Registrant who, string? answer, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var registration = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locks the event row while it is open: a cancellation running at the same moment waits for this
            // registration and then tells this person too, or it came first and nobody can register any more.
            if (!await LockOpenEventAsync(agendaEvent.Id, ct))
            {
                return ((EventRegistration?)null, IsNew: false);
            }

            var existing = await db.Set<EventRegistration>().FirstOrDefaultAsync(r => r.EventId == agendaEvent.Id && r.UserId == who.UserId, ct);
            if (existing is { Status: not RegistrationStatus.Cancelled })
            {
                return ((EventRegistration?)existing, IsNew: false);
            }

            var confirmed = await TakePlaceAsync(agendaEvent.Id, ct);
            var row = existing ?? new EventRegistration { Id = Guid.NewGuid(), EventId = agendaEvent.Id, UserId = who.UserId };
            row.Name = who.Name;
            row.Email = who.Email;
            row.Answer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
            row.Status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
            row.RegisteredAt = clock.GetUtcNow();
            if (existing is null)
            {
                db.Add(row);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return ((EventRegistration?)row, IsNew: true);
        });

        if (registration is { IsNew: true, Item1: { } created })
        {
            await mails.RegisteredAsync(agendaEvent, created, ct);
        }

        return registration.Item1;
    }

    /// <summary>Cancels a registration; a freed place goes to the longest waiting person, who gets an e-mail.</summary>
    public async Task CancelAsync(AgendaEvent agendaEvent, Guid registrationId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (cancelled, promoted) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var row = await db.Set<EventRegistration>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == agendaEvent.Id, ct);
            if (row is null || row.Status == RegistrationStatus.Cancelled)
            {
                return ((EventRegistration?)null, (IReadOnlyList<EventRegistration>)[]);
            }

            // Conditional on the status we read, so two simultaneous cancellations free the place only once.
            var changed = await db.Set<EventRegistration>()
                .Where(r => r.Id == row.Id && r.Status == row.Status)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled), ct);
            if (changed == 0)
            {
                return ((EventRegistration?)null, (IReadOnlyList<EventRegistration>)[]);
            }

            IReadOnlyList<EventRegistration> moved = [];
            if (row.Status == RegistrationStatus.Confirmed)
            {
                await db.Set<AgendaEvent>().Where(e => e.Id == agendaEvent.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
                moved = await PromoteWaitingAsync(agendaEvent.Id, ct);
            }

            await transaction.CommitAsync(ct);
            return ((EventRegistration?)row, moved);
        });

        if (cancelled is not null)
        {
            await mails.CancelledAsync(agendaEvent, cancelled, ct);
        }

        foreach (var person in promoted)
        {
            await mails.PromotedAsync(agendaEvent, person, ct);
        }
    }

    /// <summary>Fills free places from the waiting list, oldest first (also after an organiser raises the capacity).</summary>
    public async Task<IReadOnlyList<EventRegistration>> PromoteWaitingAsync(Guid eventId, CancellationToken ct)
    {
        var promoted = new List<EventRegistration>();
        while (true)
        {
            var next = await db.Set<EventRegistration>().AsNoTracking()
                .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
                .FirstOrDefaultAsync(ct);
            if (next is null || !await TakePlaceAsync(eventId, ct))
            {
                return promoted;
            }

            var changed = await db.Set<EventRegistration>()
                .Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed), ct);
            if (changed == 0)
            {
                // Someone else promoted or cancelled this person meanwhile: give the place back and look again.
                await db.Set<AgendaEvent>().Where(e => e.Id == eventId)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
                continue;
            }

            next.Status = RegistrationStatus.Confirmed;
            promoted.Add(next);
        }
    }

    /// <summary>A no-op write on an event that is not cancelled: it takes the row lock (PostgreSQL) or the write lock (SQLite).</summary>
    internal async Task<bool> LockOpenEventAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<AgendaEvent>()
            .Where(e => e.Id == eventId && e.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Sequence, e => e.Sequence), ct) == 1;

    private async Task<bool> TakePlaceAsync(Guid eventId, CancellationToken ct) =>
        await db.Set<AgendaEvent>()
            .Where(e => e.Id == eventId && e.ConfirmedCount < e.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount + 1), ct) == 1;
}
