using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Tests.Community;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// Changing and cancelling a published event: capacity raises promote from the waiting list in order (also while
/// people register at the same moment), capacity is never lowered below the confirmed places, registrants get the
/// change and cancellation mails over real SMTP, and a cancelled event says so on its pages and in iCalendar.
/// </summary>
public abstract class EventChangeTests<TFixture>(TFixture app) where TFixture : AppFixture, ISmtpFixture
{
    private async Task<AgendaEvent> NewEventAsync(int capacity, Guid? organiser = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = LearningData.Event($"Training {Guid.NewGuid():N}", capacity, isPublic: true, organiser, DateTimeOffset.UtcNow);
        e.Location = "Stadhuis, zaal 1";
        db.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    private static Registrant Someone(int i) => new(Guid.NewGuid(), $"Deelnemer {i}", $"wijziging-{i}-{Guid.NewGuid():N}@test.samenspraak.local");

    private async Task<EventRegistration?> RegisterAsync(AgendaEvent e, Registrant who)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(e, who, null, CancellationToken.None);
    }

    private async Task<List<EventRegistration>> RegisterManyAsync(AgendaEvent e, int count)
    {
        var rows = new List<EventRegistration>();
        for (var i = 0; i < count; i++)
        {
            rows.Add((await RegisterAsync(e, Someone(i)))!);
        }

        return rows;
    }

    private async Task<T> WithChangesAsync<T>(Func<EventChanges, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EventChanges>());
    }

    private static EventChange ChangeOf(AgendaEvent e) =>
        new(e.Title, e.Type, e.Description, e.StartsAt, e.EndsAt, e.Location, e.OnlineUrl, e.Capacity, e.IsPublic, e.RegistrationQuestion);

    private async Task<(AgendaEvent Event, List<EventRegistration> Rows)> StateAsync(Guid eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<AgendaEvent>().AsNoTracking().SingleAsync(e => e.Id == eventId),
            await db.Set<EventRegistration>().AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());
    }

    private async Task<List<string>> AuditActionsAsync(Guid eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = eventId.ToString();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).Select(a => a.Action).ToListAsync();
    }

    /// <summary>The mail to the recipient whose subject starts as given (each person also got a registration mail).</summary>
    private async Task<MimeKit.MimeMessage> MailAsync(string recipient, string subjectStart)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var found = app.Smtp.Messages.Where(m => m.Recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase))
                .Select(m => m.Parse()).FirstOrDefault(m => m.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail '{subjectStart}...' for {recipient}.");
    }

    [Fact]
    public async Task RaisingTheCapacityPromotesTheLongestWaitingInOrderAndMailsThem()
    {
        var e = await NewEventAsync(capacity: 2);
        var registrations = await RegisterManyAsync(e, 6);

        var (outcome, confirmed, promoted) = await WithChangesAsync(c => c.UpdateAsync(e.Id, ChangeOf(e) with { Capacity = 4 }, CancellationToken.None));

        Assert.Equal(EventChangeOutcome.Saved, outcome);
        Assert.Equal((4, 2), (confirmed, promoted));
        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal(4, stored.ConfirmedCount);
        Assert.Equal(e.Sequence + 1, stored.Sequence);
        Assert.Equal(registrations.Take(4).Select(r => r.Id).Order(), rows.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Id).Order());
        Assert.Equal(registrations.Skip(4).Select(r => r.Id).Order(), rows.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.Id).Order());
        var mail = await MailAsync(registrations[2].Email, "Er is een plaats voor je");
        Assert.Contains("Je bent nu ingeschreven", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("learning.event-changed", await AuditActionsAsync(e.Id));
        // Only the capacity changed, so nobody else gets a change mail.
        Assert.DoesNotContain(app.Smtp.Messages, m => m.Recipients.Contains(registrations[0].Email) && m.Raw.Contains("Gewijzigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACapacityRaiseWhileManyRegisterNeverOverbooksAndServesTheWaitingListFirst()
    {
        var e = await NewEventAsync(capacity: 5);
        var early = await RegisterManyAsync(e, 15);

        var newcomers = Enumerable.Range(100, 20).Select(i => Task.Run(() => RegisterAsync(e, Someone(i)))).ToList();
        var raise = Task.Run(() => WithChangesAsync(c => c.UpdateAsync(e.Id, ChangeOf(e) with { Capacity = 12 }, CancellationToken.None)));
        await Task.WhenAll([.. newcomers, raise]);

        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal(EventChangeOutcome.Saved, (await raise).Outcome);
        Assert.Equal(12, stored.ConfirmedCount);
        Assert.Equal(12, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        // Everyone who was already waiting got a place before any newcomer could: the 15 early ones fill 12 places.
        Assert.Equal(early.Take(12).Select(r => r.Id).Order(), rows.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Id).Order());
    }

    [Fact]
    public async Task LoweringTheCapacityBelowTheConfirmedPlacesIsRefusedInDutchAndRemovesNobody()
    {
        var expert = await app.ClientAsync(Principal.Expert);
        var e = await NewEventAsync(capacity: 4, organiser: app.World[Principal.Expert].Id);
        await RegisterManyAsync(e, 3);

        var response = await PageForm.SubmitAsync(expert, $"/agenda/{e.Id}/bewerken", "evenement-wijzigen", FormOf(e, capacity: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = PageForm.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Er zijn al 3 plaatsen ingenomen", html, StringComparison.Ordinal);
        // What was typed is kept.
        Assert.Contains("Nieuwe zaal", html, StringComparison.Ordinal);
        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal((4, 3, "Stadhuis, zaal 1"), (stored.Capacity, stored.ConfirmedCount, stored.Location));
        Assert.Equal(3, rows.Count(r => r.Status == RegistrationStatus.Confirmed));

        // Down to exactly the confirmed number is allowed.
        var allowed = await WithChangesAsync(c => c.UpdateAsync(e.Id, ChangeOf(e) with { Capacity = 3 }, CancellationToken.None));
        Assert.Equal(EventChangeOutcome.Saved, allowed.Outcome);
    }

    [Fact]
    public async Task ANewTimeAndPlaceAreMailedToEveryoneRegisteredOrWaitingWithTheNewCalendarFile()
    {
        var expert = await app.ClientAsync(Principal.Expert);
        var e = await NewEventAsync(capacity: 1, organiser: app.World[Principal.Expert].Id);
        var registrations = await RegisterManyAsync(e, 2);

        var response = await PageForm.SubmitAsync(expert, $"/agenda/{e.Id}/bewerken", "evenement-wijzigen", FormOf(e, capacity: 1));

        Assert.Contains("De wijzigingen zijn bewaard.", PageForm.Text(await PageForm.FollowAsync(expert, response)), StringComparison.Ordinal);
        var (stored, _) = await StateAsync(e.Id);
        Assert.Equal("Nieuwe zaal", stored.Location);
        foreach (var registration in registrations)
        {
            var mail = await MailAsync(registration.Email, "Gewijzigd:");
            Assert.Contains("Locatie: Nieuwe zaal", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"https://samenspraak.test/agenda/{e.Id}/agenda.ics", mail.TextBody, StringComparison.Ordinal);
        }

        // The join link goes to the confirmed participant only.
        Assert.Contains("https://meet.example.org/nieuw", (await MailAsync(registrations[0].Email, "Gewijzigd:")).TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("https://meet.example.org/nieuw", (await MailAsync(registrations[1].Email, "Gewijzigd:")).TextBody, StringComparison.Ordinal);
        var ics = await (await app.Factory.CreateBrowserClient().GetAsync($"/agenda/{e.Id}/agenda.ics")).Content.ReadAsStringAsync();
        Assert.Contains("LOCATION:Nieuwe zaal", ics, StringComparison.Ordinal);
        Assert.Contains($"SEQUENCE:{e.Sequence + 1}", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingTellsEveryoneClosesRegistrationAndMarksTheEventCancelledEverywhere()
    {
        var expert = await app.ClientAsync(Principal.Expert);
        var e = await NewEventAsync(capacity: 1, organiser: app.World[Principal.Expert].Id);
        var registrations = await RegisterManyAsync(e, 2);

        var withoutReason = await PageForm.SubmitAsync(expert, $"/agenda/{e.Id}/bewerken", "evenement-annuleren", [new("Confirm", "ja")]);
        Assert.Contains("Vul een reden in", PageForm.Text(await withoutReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False((await StateAsync(e.Id)).Event.IsCancelled);

        var response = await PageForm.SubmitAsync(expert, $"/agenda/{e.Id}/bewerken", "evenement-annuleren",
            [new("Reason", "De spreker is ziek; we plannen een nieuwe datum."), new("Confirm", "ja")]);

        var page = PageForm.Text(await PageForm.FollowAsync(expert, response));
        Assert.Contains("id=\"geannuleerd\"", page, StringComparison.Ordinal);
        Assert.Contains("De spreker is ziek", page, StringComparison.Ordinal);
        foreach (var registration in registrations)
        {
            var mail = await MailAsync(registration.Email, "Geannuleerd:");
            Assert.Contains("Reden: De spreker is ziek; we plannen een nieuwe datum.", mail.TextBody, StringComparison.Ordinal);
        }

        var (stored, rows) = await StateAsync(e.Id);
        Assert.NotNull(stored.CancelledAt);
        // Registrations are kept as they were: the people were told, not removed.
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted], rows.OrderBy(r => r.RegisteredAt).Select(r => r.Status));
        Assert.Null(await RegisterAsync(e, Someone(99)));
        Assert.Contains("learning.event-cancelled", await AuditActionsAsync(e.Id));
        Assert.Equal(EventChangeOutcome.AlreadyCancelled, await WithChangesAsync(c => c.CancelAsync(e.Id, "nog eens", CancellationToken.None)));
        Assert.Equal(EventChangeOutcome.AlreadyCancelled, (await WithChangesAsync(c => c.UpdateAsync(e.Id, ChangeOf(e), CancellationToken.None))).Outcome);

        var browser = app.Factory.CreateBrowserClient();
        var ics = await (await browser.GetAsync($"/agenda/{e.Id}/agenda.ics")).Content.ReadAsStringAsync();
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Geannuleerd: " + e.Title, ics, StringComparison.Ordinal);
        var feed = await (await browser.GetAsync("/agenda/feed.ics")).Content.ReadAsStringAsync();
        Assert.Contains("STATUS:CANCELLED", feed, StringComparison.Ordinal);
        var list = PageForm.Text(await PageForm.HtmlAsync(browser, "/agenda"));
        var item = list[list.IndexOf(e.Title, StringComparison.Ordinal)..];
        Assert.Contains("Geannuleerd", item[..Math.Min(item.Length, 400)], StringComparison.Ordinal);
        Assert.Contains("id=\"inschrijven-gesloten\"", await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/agenda/{e.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheOrganiserOrACuratorMayChangeAnEvent()
    {
        var e = await NewEventAsync(capacity: 5, organiser: app.World[Principal.Curator].Id);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.Expert)).GetAsync($"/agenda/{e.Id}/bewerken")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync(Principal.PlatformAdmin)).GetAsync($"/agenda/{e.Id}/bewerken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.Curator)).GetAsync($"/agenda/{Guid.NewGuid()}/bewerken")).StatusCode);
    }

    /// <summary>The edit form as a browser posts it: the event's values with a new place, link and the given capacity.</summary>
    private static List<KeyValuePair<string, string>> FormOf(AgendaEvent e, int capacity) =>
    [
        new("Input.Title", e.Title),
        new("Input.Type", e.Type.ToString()),
        new("Input.Description", e.Description),
        new("Input.StartsAt", BelgianLocal(e.StartsAt.AddDays(1))),
        new("Input.EndsAt", BelgianLocal(e.EndsAt.AddDays(1))),
        new("Input.Location", "Nieuwe zaal"),
        new("Input.OnlineUrl", "https://meet.example.org/nieuw"),
        new("Input.Capacity", capacity.ToString(CultureInfo.InvariantCulture)),
        new("Input.IsPublic", "true"),
        new("Input.Question", e.RegistrationQuestion ?? ""),
    ];

    private static string BelgianLocal(DateTimeOffset moment) =>
        Samenspraak.Web.Shell.BelgianTime.ToLocal(moment).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

public sealed class SqliteEventChangeTests(DigestSqliteFixture app) : EventChangeTests<DigestSqliteFixture>(app), IClassFixture<DigestSqliteFixture>;

public sealed class PostgresEventChangeTests(DigestPostgresFixture app) : EventChangeTests<DigestPostgresFixture>(app), IClassFixture<DigestPostgresFixture>;
