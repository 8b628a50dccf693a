using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Demo;

/// <summary>
/// Demo agenda (only when demo data is on): a webinar, a training, a public experience day and a small network
/// meeting in the coming weeks, organised by the demo expert, so a newcomer sees the agenda, registration and the
/// waiting list at work. Written in our own words. Runs once: skipped when the demo expert organises anything.
/// </summary>
public sealed class AgendaDemoSeeder(AppDbContext db, TimeProvider clock) : IModuleSeeder
{
    public int Order => 420;

    public async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        if (!seedDemo)
        {
            return;
        }

        var expertEmail = $"expert@{DemoData.DemoMailDomain}".ToUpperInvariant();
        var expert = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == expertEmail).Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (expert is null || await db.Set<AgendaEvent>().AnyAsync(e => e.OrganiserId == expert, cancellationToken))
        {
            return;
        }

        var today = BelgianTime.ToLocal(clock.GetUtcNow()).Date;
        var now = clock.GetUtcNow();
        // Each event falls on a plausible weekday (a Saturday for the citizens' day), some weeks from now.
        DateTime On(DayOfWeek weekday, int afterDays)
        {
            var day = today.AddDays(afterDays);
            return day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);
        }

        AgendaEvent Event(EventType type, string title, string description, DateTime date, int fromHour, int hours, int capacity,
            bool isPublic, string? location = null, string? onlineUrl = null, string? question = null) => new()
        {
            Id = Guid.NewGuid(),
            Type = type,
            Title = title,
            Description = description,
            StartsAt = BelgianInput.ToUtc(date.AddHours(fromHour)),
            EndsAt = BelgianInput.ToUtc(date.AddHours(fromHour + hours)),
            Location = location,
            OnlineUrl = onlineUrl,
            Capacity = capacity,
            IsPublic = isPublic,
            RegistrationQuestion = question,
            OrganiserId = expert,
            CreatedAt = now,
            UpdatedAt = now,
        };

        db.AddRange(
            Event(EventType.Webinar, "Webinar: reageren op haatdragende reacties onder gemeentelijke berichten",
                "Een uur over huisregels, een vast antwoordschema en wanneer je een reactie verbergt, meldt of laat staan. "
                + "Met voorbeelden uit Vlaamse gemeenten en ruimte voor vragen.", On(DayOfWeek.Tuesday, 5), 12, 1, 100, isPublic: false,
                onlineUrl: "https://webinar.example.be/reageren-op-haat"),
            Event(EventType.Training, "Opleiding: verbindend communiceren bij spanningen in de buurt",
                "Een dag oefenen met gesprekstechnieken voor infoavonden en buurtvergaderingen waar de emoties hoog oplopen.",
                On(DayOfWeek.Thursday, 14), 9, 7, 20, isPublic: false, location: "Gent, Stadhuis, zaal De Pacificatie",
                question: "Welke situatie wil je graag oefenen?"),
            Event(EventType.Ervaringsdag, "Ervaringsdag: samen tegen online haat",
                "Een open dag voor inwoners: herken polarisatie en online haat, en oefen hoe je als omstaander reageert.",
                On(DayOfWeek.Saturday, 30), 13, 4, 60, isPublic: true, location: "Demostad, Cultuurcentrum"),
            Event(EventType.Netwerkmoment, "Lerend netwerk polarisatie: regio-overleg",
                "Collega's van gemeenten uit de regio delen wat werkt en wat niet. Kleine groep, dus snel volzet.",
                On(DayOfWeek.Wednesday, 38), 14, 2, 2, isPublic: false, location: "Demostad, Administratief centrum"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
