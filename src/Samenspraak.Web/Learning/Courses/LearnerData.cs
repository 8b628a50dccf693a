using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// A learner's own course data (lesson progress, quiz attempts with answers, certificates): downloaded as JSON or
/// deleted by the learner themselves. Deleting also withdraws the certificates, so their codes no longer verify;
/// the municipality's anonymous progress counts drop accordingly. Both are audited. The account itself is managed
/// by the platform (profile page), not here.
/// </summary>
public sealed class LearnerData(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<(int Lessons, int Attempts, int Certificates)> CountAsync(Guid userId, CancellationToken ct) => (
        await db.Set<LessonProgress>().CountAsync(p => p.UserId == userId, ct),
        await db.Set<QuizAttempt>().CountAsync(a => a.UserId == userId, ct),
        await db.Set<Certificate>().CountAsync(c => c.UserId == userId, ct));

    public async Task<byte[]> ExportAsync(Guid userId, CancellationToken ct)
    {
        var titles = await db.Set<Course>().AsNoTracking().Select(c => new { c.Id, c.Title, c.Version }).ToDictionaryAsync(c => c.Id, ct);
        string CourseOf(Guid id) => titles.TryGetValue(id, out var c) ? $"{c.Title} (versie {c.Version})" : id.ToString();
        var lessons = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.CompletedAt).ToListAsync(ct);
        var attempts = await db.Set<QuizAttempt>().AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.StartedAt).ToListAsync(ct);
        var certificates = await db.Set<Certificate>().AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.IssuedAt).ToListAsync(ct);
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            lessonsRead = lessons.Select(p => new { course = CourseOf(p.CourseId), lesson = p.LessonSlug, p.CompletedAt }),
            quizAttempts = attempts.Select(a => new { course = CourseOf(a.CourseId), a.Number, a.StartedAt, a.SubmittedAt, a.Score, a.Passed, answers = a.AnswersJson }),
            certificates = certificates.Select(c => new { c.Code, c.HolderName, c.CourseTitle, c.CourseVersion, c.Score, c.IssuedAt }),
        };
        await audit.WriteAsync("learning.learner-data-exported", "User", userId.ToString(), ct: ct);
        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }

    public async Task DeleteAsync(Guid userId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var removed = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var lessons = await db.Set<LessonProgress>().Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
            var attempts = await db.Set<QuizAttempt>().Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
            var certificates = await db.Set<Certificate>().Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return $"lessons {lessons}, attempts {attempts}, certificates {certificates}";
        });
        await audit.WriteAsync("learning.learner-data-deleted", "User", userId.ToString(), removed, ct: ct);
    }

    public static IEndpointRouteBuilder MapLearnerDataExport(IEndpointRouteBuilder app)
    {
        // Always the caller's own data: there is no id in the address to tamper with.
        app.MapGet("/leren/mijn-gegevens.json", async (LearnerData data, ITenantContext tenant, CancellationToken ct) =>
                tenant.UserId is { } userId
                    ? Results.File(await data.ExportAsync(userId, ct), "application/json", "mijn-leergegevens.json")
                    : Results.NotFound())
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }
}
