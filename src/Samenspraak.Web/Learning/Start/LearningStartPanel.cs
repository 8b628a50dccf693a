using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Start;

/// <summary>
/// "Leren en agenda" on the start page: the user's courses in progress, their coming registrations, and the next
/// events they may attend (public events for everyone, the others for professionals only, as on the agenda).
/// </summary>
public sealed class LearningStartPanel(AppDbContext db) : IStartPanelSource
{
    private const int NextEvents = 3;

    public int Order => 40;

    public string Policy => Policies.Authenticated;

    public async Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = LearningStartText.Text;
        var userId = context.UserId;
        var started = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => p.CourseId).Distinct().ToListAsync(cancellationToken);
        var certified = await db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => c.CourseId).Distinct().ToListAsync(cancellationToken);
        var inProgress = started.Except(certified).Count();

        var professional = CourseCatalog.IsProfessional(context.User);
        var upcoming = db.Set<AgendaEvent>().AsNoTracking()
            .Where(e => e.CancelledAt == null && e.EndsAt >= context.Now && (e.IsPublic || professional));
        var mine = await db.Set<EventRegistration>().AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled)
            .Join(upcoming, r => r.EventId, e => e.Id, (r, e) => new { r.EventId, r.Status })
            .ToListAsync(cancellationToken);
        var next = await upcoming.OrderBy(e => e.StartsAt).Take(NextEvents)
            .Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync(cancellationToken);

        var links = next.Select(e =>
        {
            var when = BelgianTime.Format(e.StartsAt);
            var registration = mine.FirstOrDefault(r => r.EventId == e.Id);
            var note = registration is null ? when
                : text.Format(registration.Status == RegistrationStatus.Waitlisted ? "Event.Waitlisted" : "Event.Registered", when);
            return new StartLink(e.Title, $"/agenda/{e.Id}", note);
        }).ToList();

        var figures = new List<StartFigure>
        {
            new(inProgress, text["Figure.Courses"], "/leren"),
            new(mine.Count, text["Figure.Registrations"], "/agenda"),
        };
        return new StartPanel(text["Title"], "/leren", figures, links, text["Empty"]);
    }
}
