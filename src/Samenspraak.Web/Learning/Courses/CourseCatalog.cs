using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>Which courses a user may see and take: public courses for everyone, professional ones for professionals.</summary>
public sealed class CourseCatalog(AppDbContext db)
{
    public static bool IsProfessional(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles.Professional.Any(user.IsInRole);

    public static bool MayTake(ClaimsPrincipal user, Course course) =>
        course.IsPublic ? user.Identity?.IsAuthenticated == true : IsProfessional(user);

    public static bool MaySee(ClaimsPrincipal user, Course course) => course.IsPublic || IsProfessional(user);

    public async Task<IReadOnlyList<Course>> CurrentAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var courses = await db.Set<Course>().AsNoTracking().Where(c => c.IsCurrent).OrderBy(c => c.Title).ToListAsync(ct);
        return courses.Where(c => MaySee(user, c)).ToList();
    }

    /// <summary>The current version of a course the user may see; null (404) otherwise.</summary>
    public async Task<Course?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsCurrent, ct);
        return course is not null && MaySee(user, course) ? course : null;
    }

    public async Task<HashSet<string>> CompletedLessonsAsync(Guid userId, Guid courseId, CancellationToken ct) =>
        (await db.Set<LessonProgress>().Where(p => p.UserId == userId && p.CourseId == courseId).Select(p => p.LessonSlug).ToListAsync(ct))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Marks a lesson read (idempotent).</summary>
    public async Task CompleteLessonAsync(Guid userId, Guid? municipalityId, bool isProfessional, Course course, string lessonSlug, DateTimeOffset now, CancellationToken ct)
    {
        var exists = await db.Set<LessonProgress>().AnyAsync(p => p.UserId == userId && p.CourseId == course.Id && p.LessonSlug == lessonSlug, ct);
        if (exists)
        {
            return;
        }

        db.Add(new LessonProgress { Id = Guid.NewGuid(), UserId = userId, CourseId = course.Id, LessonSlug = lessonSlug, MunicipalityId = municipalityId, IsProfessional = isProfessional, CompletedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Marked in another tab at the same moment; the unique index kept one row, which is all we want.
        }
    }

    /// <summary>The first lesson not yet read: where "resume" takes the learner.</summary>
    public static CourseLesson? ResumeLesson(CourseDefinition course, IReadOnlySet<string> completed) =>
        course.AllLessons.FirstOrDefault(l => !completed.Contains(l.Slug));
}
