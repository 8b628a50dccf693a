using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.ActionPlans.Start;

/// <summary>
/// "Actieplan" on the start page: the municipality's current plan (the latest one that is not finished), how many
/// of its actions are overdue or running, and the actions whose end date comes next.
/// </summary>
public sealed class ActionPlanStartPanel(AppDbContext db) : IStartPanelSource
{
    private const int NextActions = 3;

    public int Order => 30;

    public string Policy => ActionPlanPolicies.Read;

    public async Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MunicipalityId is null)
        {
            return null;
        }

        var text = ActionPlanStartText.Text;
        var plan = await db.Set<ActionPlan>().AsNoTracking()
            .Where(p => p.Status != PlanStatus.Afgerond)
            .OrderByDescending(p => p.EndYear).ThenByDescending(p => p.UpdatedAt)
            .Select(p => new { p.Id, p.Title, p.Status, p.StartYear, p.EndYear })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return new StartPanel(text["Title"], "/actieplan", [], [], text["Empty"]);
        }

        var today = BelgianTime.DateOf(context.Now);
        var open = await db.Set<PlanAction>().AsNoTracking()
            .Where(a => a.PlanId == plan.Id && (a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend))
            .Select(a => new { a.Id, a.Title, a.End, a.Status })
            .ToListAsync(cancellationToken);
        var overdue = open.Count(a => a.End < today);
        var running = open.Count(a => a.Status == ActionStatus.Lopend);
        var planHref = $"/actieplan/{plan.Id}";

        var links = new List<StartLink>
        {
            new(plan.Title, planHref, text.Format("Plan.Note", text[$"Status.{plan.Status}"], plan.StartYear, plan.EndYear)),
        };
        links.AddRange(open.Where(a => a.End >= today).OrderBy(a => a.End).Take(NextActions)
            .Select(a => new StartLink(a.Title, $"{planHref}/acties/{a.Id}",
                text.Format("Action.Ends", a.End.ToString("d", CultureInfo.CurrentCulture)))));

        var figures = new List<StartFigure>
        {
            new(overdue, text["Figure.Overdue"], $"{planHref}#achterstallig", StartTone.Attention),
            new(running, text["Figure.Running"], $"{planHref}#s-acties"),
        };
        return new StartPanel(text["Title"], "/actieplan", figures, links);
    }
}
