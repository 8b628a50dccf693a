using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Learning.RoleModels;

/// <summary>A course the role model passed (a certificate in Leren).</summary>
public sealed record CompletedCourse(string Title, int Version, DateTimeOffset IssuedAt);

/// <summary>An event the role model is confirmed for; <see cref="Attended"/> as the organiser registered it
/// (null: not registered yet, e.g. still to come).</summary>
public sealed record TrainingEvent(Guid EventId, string Title, DateTimeOffset StartsAt, bool? Attended);

/// <summary>What Leren and the Agenda know of a role model's training, and the status that follows from it.</summary>
public sealed record TrainingEvidence(bool HasAccount, IReadOnlyList<CompletedCourse> Courses, IReadOnlyList<TrainingEvent> Events)
{
    /// <summary>Afgerond with a certificate or an attended event; Bezig when confirmed for an event not yet registered
    /// as attended; otherwise nothing follows from the evidence.</summary>
    public TrainingStatus Derived =>
        Courses.Count > 0 || Events.Any(e => e.Attended == true) ? TrainingStatus.Afgerond
        : Events.Any(e => e.Attended is null) ? TrainingStatus.Bezig
        : TrainingStatus.NietGestart;

    /// <summary>The status shown: the furthest of what staff recorded and what the evidence shows. Staff record the
    /// training of role models without an account (or trained elsewhere) in the status field themselves.</summary>
    public TrainingStatus Effective(TrainingStatus recorded) => (TrainingStatus)Math.Max((int)recorded, (int)Derived);
}

/// <summary>
/// Links a role model's training to courses and events: when the role model has an account (matched on the e-mail
/// address of the application), their certificates and their event registrations with the organiser's attendance
/// registration are the training record. Read-only; nothing is copied into the role model.
/// </summary>
public sealed class RoleModelTraining(AppDbContext db)
{
    public async Task<TrainingEvidence> ForAsync(RoleModel roleModel, CancellationToken ct) =>
        (await ForManyAsync([roleModel], ct))[roleModel.Id];

    public async Task<IReadOnlyDictionary<Guid, TrainingEvidence>> ForManyAsync(IReadOnlyCollection<RoleModel> roleModels, CancellationToken ct)
    {
        var emails = roleModels.Select(r => r.Email.Trim().ToUpperInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail))
            .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(ct);
        var userIds = accounts.Select(a => a.Id).ToList();
        // Certificates and registrations belong to the person, wherever they were earned.
        var certificates = await db.Set<Certificate>().IgnoreTenantFilter().AsNoTracking().Where(c => userIds.Contains(c.UserId))
            .OrderBy(c => c.IssuedAt).Select(c => new { c.UserId, c.CourseTitle, c.CourseVersion, c.IssuedAt }).ToListAsync(ct);
        var registrations = await (
                from r in db.Set<EventRegistration>().AsNoTracking()
                join e in db.Set<AgendaEvent>().AsNoTracking() on r.EventId equals e.Id
                where userIds.Contains(r.UserId) && r.Status == RegistrationStatus.Confirmed && e.CancelledAt == null
                orderby e.StartsAt
                select new { r.UserId, e.Id, e.Title, e.StartsAt, r.Attended })
            .ToListAsync(ct);

        var result = new Dictionary<Guid, TrainingEvidence>();
        foreach (var roleModel in roleModels)
        {
            var email = roleModel.Email.Trim().ToUpperInvariant();
            var account = accounts.FirstOrDefault(a => a.NormalizedEmail == email);
            result[roleModel.Id] = account is null
                ? new TrainingEvidence(false, [], [])
                : new TrainingEvidence(true,
                    [.. certificates.Where(c => c.UserId == account.Id).Select(c => new CompletedCourse(c.CourseTitle, c.CourseVersion, c.IssuedAt))],
                    [.. registrations.Where(r => r.UserId == account.Id).Select(r => new TrainingEvent(r.Id, r.Title, r.StartsAt, r.Attended))]);
        }

        return result;
    }
}
