using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>Capacity, waiting list and promotion, also when many people register or cancel at the same moment.</summary>
public abstract class RegistrationTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<AgendaEvent> NewEventAsync(int capacity, bool isPublic = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = LearningData.Event($"Opleiding {Guid.NewGuid():N}", capacity, isPublic, organiser: null, DateTimeOffset.UtcNow);
        db.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    private static Registrant Someone(int i) => new(Guid.NewGuid(), $"Deelnemer {i}", $"deelnemer-{i}-{Guid.NewGuid():N}@test.samenspraak.local");

    private async Task<EventRegistration> RegisterAsync(AgendaEvent e, Registrant who)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(e, who, "antwoord", CancellationToken.None)
            ?? throw new InvalidOperationException("The test event is not cancelled, so registration must succeed.");
    }

    private async Task CancelAsync(AgendaEvent e, Guid registrationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistrationService>().CancelAsync(e, registrationId, CancellationToken.None);
    }

    private async Task<(AgendaEvent Event, List<EventRegistration> Rows)> StateAsync(Guid eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<AgendaEvent>().AsNoTracking().SingleAsync(e => e.Id == eventId),
            await db.Set<EventRegistration>().AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());
    }

    [Fact]
    public async Task ManySimultaneousRegistrationsNeverOverbookAnEvent()
    {
        var e = await NewEventAsync(capacity: 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => RegisterAsync(e, Someone(i)))));

        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal(10, results.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(30, results.Count(r => r.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(10, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(10, stored.ConfirmedCount);
    }

    [Fact]
    public async Task ACancelledPlaceGoesToTheLongestWaitingPersonWhoGetsAnEmail()
    {
        var e = await NewEventAsync(capacity: 2);
        var people = Enumerable.Range(0, 4).Select(Someone).ToList();
        var registrations = new List<EventRegistration>();
        foreach (var person in people)
        {
            registrations.Add(await RegisterAsync(e, person));
        }

        Assert.Equal(
            [RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted],
            registrations.Select(r => r.Status));
        // Registering twice changes nothing.
        Assert.Equal(registrations[2].Id, (await RegisterAsync(e, people[2])).Id);

        await CancelAsync(e, registrations[0].Id);

        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal(RegistrationStatus.Cancelled, rows.Single(r => r.Id == registrations[0].Id).Status);
        Assert.Equal(RegistrationStatus.Confirmed, rows.Single(r => r.Id == registrations[2].Id).Status);
        Assert.Equal(RegistrationStatus.Waitlisted, rows.Single(r => r.Id == registrations[3].Id).Status);
        Assert.Equal(2, stored.ConfirmedCount);
        var mails = Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Contains(mails, m => m.Contains(people[2].Email, StringComparison.Ordinal) && m.Contains("plaats", StringComparison.Ordinal));

        // Cancelling twice frees the place only once.
        await CancelAsync(e, registrations[0].Id);
        Assert.Equal(2, (await StateAsync(e.Id)).Event.ConfirmedCount);
    }

    [Fact]
    public async Task SimultaneousCancellationsPromoteExactlyAsManyAsFreedPlaces()
    {
        var e = await NewEventAsync(capacity: 5);
        var registrations = new List<EventRegistration>();
        for (var i = 0; i < 15; i++)
        {
            registrations.Add(await RegisterAsync(e, Someone(i)));
        }

        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        await Task.WhenAll(confirmed.Select(r => Task.Run(() => CancelAsync(e, r.Id))));

        var (stored, rows) = await StateAsync(e.Id);
        Assert.Equal(5, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(5, stored.ConfirmedCount);
        Assert.Equal(5, rows.Count(r => r.Status == RegistrationStatus.Cancelled));
        // The five promoted are the five who waited longest.
        var expected = registrations.Skip(5).Take(5).Select(r => r.Id).ToHashSet();
        Assert.True(expected.SetEquals(rows.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Id)));
    }

    [Fact]
    public async Task AProfessionalOnAFullEventJoinsTheWaitingListThroughThePage()
    {
        var e = await NewEventAsync(capacity: 1);
        await RegisterAsync(e, Someone(0));
        var staff = await app.LogInAsync(Principal.Staff);

        var response = await PageForm.SubmitAsync(staff, $"/agenda/{e.Id}", "inschrijven", [new("Answer", "Hoe reageer ik?")]);

        var html = PageForm.Text(await PageForm.FollowAsync(staff, response));
        Assert.Contains("id=\"evenement-status\"", html, StringComparison.Ordinal);
        Assert.Contains("wachtlijst", html, StringComparison.Ordinal);
        var (_, rows) = await StateAsync(e.Id);
        var mine = rows.Single(r => r.UserId == app.World[Principal.Staff].Id);
        Assert.Equal(RegistrationStatus.Waitlisted, mine.Status);
        Assert.Equal("Hoe reageer ik?", mine.Answer);
    }

    [Fact]
    public async Task ProfessionalsOnlyEventsAreInvisibleToCitizensAndExportsOnlyForTheOrganiser()
    {
        var e = await NewEventAsync(capacity: 3);
        await RegisterAsync(e, Someone(1) with { Name = "=HYPERLINK(\"x\")" });
        var citizen = await app.ClientAsync(Principal.Citizen);
        var curator = await app.ClientAsync(Principal.Curator);
        var expert = await app.ClientAsync(Principal.Expert);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await citizen.GetAsync($"/agenda/{e.Id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await citizen.GetAsync($"/agenda/{e.Id}/agenda.ics")).StatusCode);
        Assert.DoesNotContain(e.Title, await PageForm.HtmlAsync(citizen, "/agenda"), StringComparison.Ordinal);
        Assert.DoesNotContain(e.Title, await (await app.Factory.CreateBrowserClient().GetAsync("/agenda/feed.ics")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The expert did not organise this one, so sees no participants.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await expert.GetAsync($"/agenda/{e.Id}/deelnemers.csv")).StatusCode);

        var csv = await (await curator.GetAsync($"/agenda/{e.Id}/deelnemers.csv")).Content.ReadAsStringAsync();
        // A name that a spreadsheet would run as a formula is neutralised.
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
        var xlsx = await curator.GetAsync($"/agenda/{e.Id}/deelnemers.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteRegistrationTests(SqliteAppFixture app) : RegistrationTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresRegistrationTests(PostgresAppFixture app) : RegistrationTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
