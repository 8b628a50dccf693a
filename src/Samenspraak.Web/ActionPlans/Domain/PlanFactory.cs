using Samenspraak.Web.ActionPlans.Resources;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>How a new plan starts: empty, from the Plan Samenleven template, or as a copy of an earlier plan.</summary>
public enum PlanStart
{
    Empty,
    Template,
    Copy,
}

/// <summary>
/// Builds a new plan. Every plan gets the two mandatory Plan Samenleven milestones. A copy takes over the sections,
/// partners, actions (moved by the difference in start years, status back to planned), budget lines (nothing spent
/// yet) and custom KPIs without their measurements: the new plan starts from the old one's thinking, not its results.
/// </summary>
public static class PlanFactory
{
    private static string T(string key) => ActionPlanText.Text[key];

    public static ActionPlan Create(string title, int startYear, int endYear, Guid? partnershipId, string? ownerName,
        PlanStart start, ActionPlan? source, DateTimeOffset now)
    {
        var plan = new ActionPlan
        {
            Id = Guid.NewGuid(), Title = title.Trim(), StartYear = startYear, EndYear = endYear, PartnershipId = partnershipId,
            OwnerName = ownerName, Status = PlanStatus.Concept, CreatedAt = now, UpdatedAt = now,
        };
        plan.Kpis.Add(new Kpi { Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.MilestoneAdopted, Name = T("Milestone.Adopted"), Target = 1, Unit = T("Milestone.AdoptedUnit"), Source = T("Kpi.Milestone") });
        plan.Kpis.Add(new Kpi { Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.MilestoneExecuted, Name = T("Milestone.Executed"), Target = 100, Unit = "%", Source = T("Kpi.Milestone") });

        if (start == PlanStart.Template)
        {
            plan.Context = T("Template.Context");
            plan.Gaps = T("Template.Gaps");
            plan.Goals = T("Template.Goals");
            plan.FollowUp = T("Template.FollowUp");
            foreach (var name in T("Template.Partners").Split('|'))
            {
                var parts = name.Split(':', 2);
                plan.Partners.Add(new PlanPartner { Id = Guid.NewGuid(), PlanId = plan.Id, Name = parts[0].Trim(), Role = parts.Length > 1 ? parts[1].Trim() : "" });
            }
        }
        else if (start == PlanStart.Copy && source is not null)
        {
            CopyFrom(plan, source);
        }

        return plan;
    }

    private static void CopyFrom(ActionPlan plan, ActionPlan source)
    {
        var shift = plan.StartYear - source.StartYear;
        plan.Context = source.Context;
        plan.Gaps = source.Gaps;
        plan.Goals = source.Goals;
        plan.Themes = source.Themes;
        plan.FollowUp = source.FollowUp;
        plan.Partners.AddRange(source.Partners.Select(p => new PlanPartner { Id = Guid.NewGuid(), PlanId = plan.Id, Name = p.Name, Role = p.Role }));
        var actionIds = new Dictionary<Guid, Guid>();
        foreach (var a in source.Actions)
        {
            var copy = new PlanAction
            {
                Id = Guid.NewGuid(), PlanId = plan.Id, Title = a.Title, Description = a.Description, OwnerName = a.OwnerName,
                OwnerEmail = a.OwnerEmail, Partners = a.Partners, TargetGroup = a.TargetGroup, PracticeIds = a.PracticeIds,
                Start = Clamp(a.Start.AddYears(shift), plan), End = Clamp(a.End.AddYears(shift), plan), Status = ActionStatus.Gepland,
            };
            actionIds[a.Id] = copy.Id;
            plan.Actions.Add(copy);
        }

        foreach (var b in source.BudgetLines.Where(b => actionIds.ContainsKey(b.ActionId)))
        {
            plan.BudgetLines.Add(new BudgetLine
            {
                Id = Guid.NewGuid(), PlanId = plan.Id, ActionId = actionIds[b.ActionId], Description = b.Description, Source = b.Source,
                Planned = b.Planned, Year = Math.Clamp(b.Year + shift, plan.StartYear, plan.EndYear),
            });
        }

        plan.Kpis.AddRange(source.Kpis.Where(k => k.Kind == KpiKind.Custom).Select(k => new Kpi
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.Custom, Name = k.Name, Baseline = k.Baseline, Target = k.Target,
            Unit = k.Unit, Source = k.Source, IndicatorKey = k.IndicatorKey,
        }));
    }

    private static DateOnly Clamp(DateOnly d, ActionPlan plan) => d < plan.PeriodStart ? plan.PeriodStart : d > plan.PeriodEnd ? plan.PeriodEnd : d;
}
