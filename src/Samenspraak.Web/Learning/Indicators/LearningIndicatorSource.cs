using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Indicators;

/// <summary>
/// The Learning module's indicators for action-plan KPIs: professionals trained (certificates), role models deployed
/// (distinct role models with an activity in the period), role models trained (by the date their training evidence
/// first shows completion), role-model activities and people reached. Every query names the municipality explicitly (tenant filter lifted), so the
/// series is that municipality's and nobody else's, whoever asks.
/// </summary>
public sealed class LearningIndicatorSource(AppDbContext db, RoleModelTraining training) : IIndicatorSource
{
    public const string ProfessionalsTrained = "learning.professionals-trained";
    public const string RoleModelActivities = "learning.rolemodel-activities";
    public const string PeopleReached = "learning.people-reached";
    public const string RoleModelsDeployed = "learning.rolemodels-deployed";
    public const string RoleModelsTrained = "learning.rolemodels-trained";

    public IReadOnlyList<IndicatorDefinition> Definitions =>
    [
        Define(ProfessionalsTrained, "ProfessionalsTrained"),
        Define(RoleModelActivities, "RoleModelActivities"),
        Define(PeopleReached, "PeopleReached"),
        Define(RoleModelsDeployed, "RoleModelsDeployed"),
        Define(RoleModelsTrained, "RoleModelsTrained"),
    ];

    public async Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period,
        CancellationToken cancellationToken = default)
    {
        var definition = Definitions.FirstOrDefault(d => d.Key == key);
        if (definition is null)
        {
            return null;
        }

        IEnumerable<(DateOnly Day, double Value, Guid? Distinct)> observations;
        if (key == ProfessionalsTrained)
        {
            var (start, end) = RoleModelFigures.Range(from, to);
            var rows = await db.Set<Certificate>().AsNoTracking()
                .Where(c => c.MunicipalityId == municipalityId && c.IsProfessional && c.IssuedAt >= start && c.IssuedAt < end)
                .Select(c => new { c.UserId, c.IssuedAt }).ToListAsync(cancellationToken);
            observations = rows.Select(r => (BelgianTime.DateOf(r.IssuedAt), 1d, (Guid?)r.UserId));
        }
        else if (key == RoleModelsTrained)
        {
            observations = await RoleModelsTrainedAsync(municipalityId, from, to, cancellationToken);
        }
        else
        {
            var rows = await db.Set<RoleModelActivity>().IgnoreTenantFilter().AsNoTracking()
                .Where(a => a.MunicipalityId == municipalityId && a.Date >= from && a.Date <= to)
                .Select(a => new { a.Date, a.ParticipantsReached, a.RoleModelId }).ToListAsync(cancellationToken);
            // A role model with three activities in a period is one role model deployed in it.
            observations = key == RoleModelsDeployed
                ? rows.Select(r => (r.Date, 1d, (Guid?)r.RoleModelId))
                : rows.Select(r => (r.Date, key == PeopleReached ? r.ParticipantsReached : 1d, (Guid?)null));
        }

        var points = observations
            .GroupBy(o => PeriodStart(o.Day, period))
            .OrderBy(g => g.Key)
            .Select(g => g.First().Distinct is null
                ? new IndicatorPoint(g.Key, g.Sum(o => o.Value), g.Count())
                // A professional who earns two certificates in one period is one professional trained.
                : new IndicatorPoint(g.Key, g.Select(o => o.Distinct).Distinct().Count(), g.Count()))
            .ToList();
        return new IndicatorSeries(definition, period, points);
    }

    /// <summary>
    /// One observation per role model of the municipality (approved, active or stopped since: they were trained) on the
    /// Belgian day their training evidence first shows completion, inside [from, to]. A completion staff recorded by
    /// hand has no date and is not in the series (it is in the programme page's current figure).
    /// </summary>
    private async Task<IEnumerable<(DateOnly Day, double Value, Guid? Distinct)>> RoleModelsTrainedAsync(
        Guid municipalityId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var roleModels = await db.Set<RoleModel>().IgnoreTenantFilter().AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId && r.Screening == ScreeningStatus.Goedgekeurd).ToListAsync(ct);
        var evidence = await training.ForManyAsync(roleModels, ct);
        return roleModels
            .Select(r => (r.Id, At: evidence[r.Id].CompletedAt))
            .Where(r => r.At is not null)
            .Select(r => (Day: BelgianTime.DateOf(r.At!.Value), r.Id))
            .Where(r => r.Day >= from && r.Day <= to)
            .Select(r => (r.Day, 1d, (Guid?)r.Id))
            .ToList();
    }

    public static DateOnly PeriodStart(DateOnly day, IndicatorPeriod period) => period switch
    {
        IndicatorPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        IndicatorPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static IndicatorDefinition Define(string key, string name)
    {
        var text = LearningText.Text;
        return new IndicatorDefinition(key, text[$"Indicator.{name}"], text[$"Indicator.{name}.Unit"], "Learning", text[$"Indicator.{name}.Description"]);
    }
}
