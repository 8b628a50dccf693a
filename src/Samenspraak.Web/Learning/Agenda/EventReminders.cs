using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// Sends the reminder e-mail to confirmed participants of events that start within the next day. Each reminder is
/// claimed with a conditional update first, so with several instances every participant still gets exactly one.
/// </summary>
public sealed class EventReminders(AppDbContext db, TimeProvider clock, RegistrationMails mails)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + Ahead;
        var events = await db.Set<AgendaEvent>().AsNoTracking().Where(e => e.StartsAt > now && e.StartsAt <= until && e.CancelledAt == null).ToListAsync(ct);
        var sent = 0;
        foreach (var agendaEvent in events)
        {
            var due = await db.Set<EventRegistration>().AsNoTracking()
                .Where(r => r.EventId == agendaEvent.Id && r.Status == RegistrationStatus.Confirmed && r.ReminderSentAt == null)
                .ToListAsync(ct);
            foreach (var registration in due)
            {
                var claimed = await db.Set<EventRegistration>()
                    .Where(r => r.Id == registration.Id && r.ReminderSentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentAt, now), ct);
                if (claimed == 1)
                {
                    await mails.ReminderAsync(agendaEvent, registration, ct);
                    sent++;
                }
            }
        }

        return sent;
    }
}

/// <summary>Runs <see cref="EventReminders"/> every quarter of an hour.</summary>
public sealed class EventReminderWorker(IServiceScopeFactory scopes, ILogger<EventReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "learning.event-reminders", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("learning.event-reminders"));
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(15));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<EventReminders>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round tries again.
                logger.LogWarning(ex, "Event reminders could not be sent this round.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
