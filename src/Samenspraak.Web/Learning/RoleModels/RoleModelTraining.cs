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

    /// <summary>When the evidence first showed the training complete: the earliest certificate or attended event; null
    /// when the evidence shows no completion (a completion staff only recorded by hand has no date).</summary>
    public DateTimeOffset? CompletedAt =>
        Courses.Select(c => (DateTimeOffset?)c.IssuedAt).Concat(Events.Where(e => e.Attended == true).Select(e => (DateTimeOffset?)e.StartsAt)).Min();

    /// <summary>The status shown: the furthest of what staff recorded and what the evidence shows. Staff record the
    /// training of role models without an account (or trained elsewhere) in the status field themselves.</summary>
    public TrainingStatus Effective(TrainingStatus recorded) => (TrainingStatus)Math.Max((int)recorded, (int)Derived);
}

/// <summary>
/// Links a role model's training to courses and events: the role model's account (linked by a coordinator, or else an
/// account with the application's e-mail address) holds certificates and event registrations with the organiser's
/// attendance registration. Only what the municipality's programme counts as role-model training is evidence
/// (<see cref="RoleModelProgramme"/>: by default the starter course and events of type Training). Read-only.
/// </summary>
public sealed class RoleModelTraining(AppDbContext db)
{
    public async Task<TrainingEvidence> ForAsync(RoleModel roleModel, CancellationToken ct) =>
        (await ForManyAsync([roleModel], ct))[roleModel.Id];

    /// <summary>The municipality's programme settings, or the defaults when a coordinator never changed them.</summary>
    public async Task<RoleModelProgramme> ProgrammeAsync(Guid municipalityId, CancellationToken ct) =>
        await db.Set<RoleModelProgramme>().IgnoreTenantFilter().AsNoTracking().FirstOrDefaultAsync(p => p.MunicipalityId == municipalityId, ct)
        ?? RoleModelProgramme.DefaultFor(municipalityId);

    public async Task<IReadOnlyDictionary<Guid, TrainingEvidence>> ForManyAsync(IReadOnlyCollection<RoleModel> roleModels, CancellationToken ct)
    {
        var emails = roleModels.Where(r => r.UserId is null).Select(r => r.Email.Trim().ToUpperInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var byEmail = (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail))
                .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(ct))
            .GroupBy(a => a.NormalizedEmail!).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        Guid? AccountOf(RoleModel r) =>
            r.UserId ?? (byEmail.TryGetValue(r.Email.Trim().ToUpperInvariant(), out var id) ? id : null);
        var userIds = roleModels.Select(AccountOf).OfType<Guid>().Distinct().ToList();

        var municipalityIds = roleModels.Select(r => r.MunicipalityId).Distinct().ToList();
        var programmes = await db.Set<RoleModelProgramme>().IgnoreTenantFilter().AsNoTracking()
            .Where(p => municipalityIds.Contains(p.MunicipalityId)).ToDictionaryAsync(p => p.MunicipalityId, ct);
        RoleModelProgramme ProgrammeOf(Guid municipalityId) => programmes.GetValueOrDefault(municipalityId) ?? RoleModelProgramme.DefaultFor(municipalityId);
        var courseSlugs = await db.Set<Course>().AsNoTracking().Select(c => new { c.Id, c.Slug }).ToDictionaryAsync(c => c.Id, c => c.Slug, ct);

        // Certificates and registrations belong to the person, wherever they were earned.
        var certificates = await db.Set<Certificate>().IgnoreTenantFilter().AsNoTracking().Where(c => userIds.Contains(c.UserId))
            .OrderBy(c => c.IssuedAt).Select(c => new { c.UserId, c.CourseId, c.CourseTitle, c.CourseVersion, c.IssuedAt }).ToListAsync(ct);
        var registrations = await (
                from r in db.Set<EventRegistration>().AsNoTracking()
                join e in db.Set<AgendaEvent>().AsNoTracking() on r.EventId equals e.Id
                where userIds.Contains(r.UserId) && r.Status == RegistrationStatus.Confirmed && e.CancelledAt == null
                orderby e.StartsAt
                select new { r.UserId, e.Id, e.Title, e.Type, e.StartsAt, r.Attended })
            .ToListAsync(ct);

        var result = new Dictionary<Guid, TrainingEvidence>();
        foreach (var roleModel in roleModels)
        {
            var programme = ProgrammeOf(roleModel.MunicipalityId);
            var slugs = programme.CourseSlugs;
            var types = programme.EventTypes;
            result[roleModel.Id] = AccountOf(roleModel) is not { } account
                ? new TrainingEvidence(false, [], [])
                : new TrainingEvidence(true,
                    [.. certificates.Where(c => c.UserId == account && slugs.Contains(courseSlugs.GetValueOrDefault(c.CourseId, "")))
                        .Select(c => new CompletedCourse(c.CourseTitle, c.CourseVersion, c.IssuedAt))],
                    [.. registrations.Where(r => r.UserId == account && types.Contains(r.Type))
                        .Select(r => new TrainingEvent(r.Id, r.Title, r.StartsAt, r.Attended))]);
        }

        return result;
    }
}
