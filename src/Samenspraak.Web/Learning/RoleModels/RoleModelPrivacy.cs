using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.RoleModels;

/// <summary>
/// A role model's rights over their data, carried out by the municipality's staff on request: an export of
/// everything stored about them (JSON) and anonymisation. Anonymisation removes name, e-mail, motivation,
/// training plan and the coaching sessions; the activities stay, without a person, so the programme's figures
/// (activities, people reached) do not change. Both are audited. The tenant filter makes other municipalities'
/// role models unknown (null, which the callers turn into 404).
/// </summary>
public sealed class RoleModelPrivacy(AppDbContext db, ITenantContext tenant, TimeProvider clock, IAuditLog audit)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<byte[]?> ExportAsync(Guid id, CancellationToken ct)
    {
        var r = await db.Set<RoleModel>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return null;
        }

        var activities = await db.Set<RoleModelActivity>().AsNoTracking().Where(a => a.RoleModelId == id).OrderBy(a => a.Date).ToListAsync(ct);
        var sessions = await db.Set<CoachingSession>().AsNoTracking().Where(s => s.RoleModelId == id).OrderBy(s => s.Date).ToListAsync(ct);
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            roleModel = new
            {
                r.Id,
                r.Name,
                r.Email,
                r.Motivation,
                r.ConsentGiven,
                r.ConsentAt,
                r.AppliedAt,
                screening = r.Screening.ToString(),
                training = r.Training.ToString(),
                r.TrainingPlan,
                r.IsActive,
            },
            activities = activities.Select(a => new { a.ActivityType, a.Date, a.Place, a.Organisation, a.ParticipantsReached }),
            // Coaching notes are readable by the coach only (also here); others see that the sessions exist.
            coachingSessions = sessions.Select(s => new { s.Date, notes = s.CoachId == tenant.UserId ? s.Notes : LearningText.Text["Privacy.NotesWithCoach"] }),
        };
        await audit.WriteAsync("learning.rolemodel-exported", nameof(RoleModel), id.ToString(), ct: ct);
        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }

    public async Task<bool> AnonymiseAsync(Guid id, CancellationToken ct)
    {
        // Looked up through the tenant filter first: another municipality's role model is not found.
        if (!await db.Set<RoleModel>().AnyAsync(x => x.Id == id, ct))
        {
            return false;
        }

        var anonymous = LearningText.Text["Privacy.AnonymousName"];
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<RoleModel>().Where(x => x.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Name, anonymous)
                .SetProperty(x => x.Email, "")
                .SetProperty(x => x.UserId, (Guid?)null)
                .SetProperty(x => x.Motivation, "")
                .SetProperty(x => x.TrainingPlan, (string?)null)
                .SetProperty(x => x.ConsentGiven, false)
                .SetProperty(x => x.CoachId, (Guid?)null)
                .SetProperty(x => x.IsActive, false), ct);
            await db.Set<CoachingSession>().Where(s => s.RoleModelId == id).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        });
        await audit.WriteAsync("learning.rolemodel-anonymised", nameof(RoleModel), id.ToString(), ct: ct);
        return true;
    }
}

/// <summary>The role-model export download (staff of the role model's municipality; others 404).</summary>
public static class RoleModelEndpoints
{
    public static IEndpointRouteBuilder MapRoleModelExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rolmodellen/{id:guid}/gegevens.json", async (Guid id, RoleModelPrivacy privacy, CancellationToken ct) =>
                await privacy.ExportAsync(id, ct) is { } bytes
                    ? Results.File(bytes, "application/json", $"rolmodel-{id:N}.json")
                    : Results.NotFound())
            .RequireAuthorization(Policies.Staff);
        return app;
    }
}
