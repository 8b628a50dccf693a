using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Learning.RoleModels;

/// <summary>The programme's figures for one municipality over a period.</summary>
/// <remarks><see cref="RoleModelsTrained"/> counts active, approved role models whose training is complete today: recorded
/// as such by staff or shown by a certificate or an attended event (<see cref="RoleModelTraining"/>).</remarks>
public sealed record ProgrammeFigures(int ActiveRoleModels, int Activities, int PeopleReached, int ProfessionalsTrained, int RoleModelsTrained);

/// <summary>
/// Computes the role-model programme's figures. Queries lift the tenant filter and filter on the given
/// municipality explicitly, so the indicator source (called outside a user's request, e.g. for a KPI) gets exactly
/// that municipality's figures and never another's.
/// </summary>
public sealed class RoleModelFigures(AppDbContext db, RoleModelTraining training)
{
    public async Task<ProgrammeFigures> ForAsync(Guid municipalityId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var activeRoleModels = await db.Set<RoleModel>().IgnoreTenantFilter().AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId && r.IsActive && r.Screening == ScreeningStatus.Goedgekeurd).ToListAsync(ct);
        var active = activeRoleModels.Count;
        var evidence = await training.ForManyAsync(activeRoleModels, ct);
        var roleModelsTrained = activeRoleModels.Count(r => evidence[r.Id].Effective(r.Training) == TrainingStatus.Afgerond);
        var activities = db.Set<RoleModelActivity>().IgnoreTenantFilter()
            .Where(a => a.MunicipalityId == municipalityId && a.Date >= from && a.Date <= to);
        var count = await activities.CountAsync(ct);
        var reached = await activities.SumAsync(a => (int?)a.ParticipantsReached, ct) ?? 0;
        var trained = await ProfessionalsTrainedAsync(municipalityId, from, to, ct);
        return new ProgrammeFigures(active, count, reached, trained, roleModelsTrained);
    }

    /// <summary>Distinct professionals of the municipality who earned at least one certificate in the period.</summary>
    public async Task<int> ProfessionalsTrainedAsync(Guid municipalityId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = Range(from, to);
        return await db.Set<Certificate>()
            .Where(c => c.MunicipalityId == municipalityId && c.IsProfessional && c.IssuedAt >= start && c.IssuedAt < end)
            .Select(c => c.UserId).Distinct().CountAsync(ct);
    }

    /// <summary>UTC bounds of whole days [from, to] (inclusive).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Range(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
         new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
