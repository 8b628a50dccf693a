using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>Anonymous aggregate progress of one course: how many staff members started, read everything, passed.</summary>
public sealed record CourseProgressRow(string Slug, string Title, int Started, int ReadAllLessons, int Certified);

/// <summary>
/// Progress of a municipality's professionals, per course (all versions together), as counts only: no names, no
/// per-person rows, so a municipality can report "professionals trained" without watching individual staff.
/// </summary>
public sealed class StaffProgress(AppDbContext db)
{
    public async Task<IReadOnlyList<CourseProgressRow>> ForAsync(Guid? municipalityId, CancellationToken ct)
    {
        var courses = await db.Set<Course>().AsNoTracking().ToListAsync(ct);
        var progress = await db.Set<LessonProgress>().AsNoTracking()
            .Where(p => p.IsProfessional && (municipalityId == null || p.MunicipalityId == municipalityId))
            .Select(p => new { p.UserId, p.CourseId, p.LessonSlug }).ToListAsync(ct);
        var certificates = await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.IsProfessional && (municipalityId == null || c.MunicipalityId == municipalityId))
            .Select(c => new { c.UserId, c.CourseId }).ToListAsync(ct);

        return courses.Where(c => c.IsCurrent).OrderBy(c => c.Title).Select(current =>
        {
            var versions = courses.Where(c => c.Slug == current.Slug).ToDictionary(c => c.Id, c => c.Definition().AllLessons.Count());
            var perLearner = progress.Where(p => versions.ContainsKey(p.CourseId))
                .GroupBy(p => (p.UserId, p.CourseId)).ToList();
            var started = perLearner.Select(g => g.Key.UserId).Distinct().Count();
            var readAll = perLearner.Where(g => g.Select(p => p.LessonSlug).Distinct().Count() >= versions[g.Key.CourseId])
                .Select(g => g.Key.UserId).Distinct().Count();
            var certified = certificates.Where(c => versions.ContainsKey(c.CourseId)).Select(c => c.UserId).Distinct().Count();
            return new CourseProgressRow(current.Slug, current.Title, started, readAll, certified);
        }).ToList();
    }
}
