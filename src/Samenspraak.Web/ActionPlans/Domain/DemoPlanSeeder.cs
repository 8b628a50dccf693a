using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.ActionPlans.History;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.Web.ActionPlans.Domain;

/// <summary>
/// A worked example for Demostad (demo installs only): a plan from the template with two actions, a budget that
/// respects the subsidy rules and a KPI with measurements, so a newcomer sees a filled-in plan. Runs once.
/// </summary>
internal sealed class DemoPlanSeeder(AppDbContext db, TimeProvider clock) : IModuleSeeder
{
    public int Order => 50;

    public async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        if (!seedDemo) return;
        var demo = await db.Municipalities.FirstOrDefaultAsync(m => m.NisCode == DemoData.DemoNisCode, cancellationToken);
        if (demo is null || await db.Set<ActionPlan>().IgnoreTenantFilter().AnyAsync(p => p.MunicipalityId == demo.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var year = now.Year;
        var plan = PlanFactory.Create("Samen sterk tegen online haat", year, year + 1, null, "Demostad", PlanStart.Template, null, now);
        plan.MunicipalityId = demo.Id;
        var training = new PlanAction
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Title = "Omstaanderstraining voor jeugdwerkers",
            Description = "Drie sessies waarin jeugdwerkers leren reageren op haatberichten zonder te escaleren.",
            OwnerName = "Dienst Samenleven", Partners = "Jeugddienst, sportclubs", TargetGroup = "jeugdwerkers",
            Start = new DateOnly(year, 2, 1), End = new DateOnly(year, 6, 30), Status = ActionStatus.Lopend,
        };
        var workshops = new PlanAction
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Title = "Workshops nepnieuws in de scholen",
            Description = "Workshops over desinformatie voor de derde graad secundair.",
            OwnerName = "Preventiedienst", Partners = "Scholen", TargetGroup = "leerlingen",
            Start = new DateOnly(year, 9, 1), End = new DateOnly(year + 1, 5, 31), Status = ActionStatus.Gepland,
        };
        plan.Actions.AddRange([training, workshops]);
        plan.BudgetLines.AddRange(
        [
            new BudgetLine { Id = Guid.NewGuid(), PlanId = plan.Id, ActionId = training.Id, Year = year, Description = "Trainers", Source = FundingSource.Subsidy, Planned = 6_000m },
            new BudgetLine { Id = Guid.NewGuid(), PlanId = plan.Id, ActionId = training.Id, Year = year, Description = "Zaal en catering", Source = FundingSource.OwnContribution, Planned = 3_000m },
            new BudgetLine { Id = Guid.NewGuid(), PlanId = plan.Id, ActionId = workshops.Id, Year = year + 1, Description = "Workshopbegeleiding", Source = FundingSource.Subsidy, Planned = 8_000m },
            new BudgetLine { Id = Guid.NewGuid(), PlanId = plan.Id, ActionId = workshops.Id, Year = year + 1, Description = "Personeelsinzet", Source = FundingSource.OwnContribution, Planned = 4_000m },
        ]);
        var completed = new Kpi
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.Custom, Name = "Afgeronde acties per maand", Target = 1, Unit = "acties",
            Source = "Actieplan", IndicatorKey = ActionPlanIndicatorSource.CompletedActions,
        };
        var trained = new Kpi { Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.Custom, Name = "Getrainde jeugdwerkers", Baseline = 0, Target = 40, Unit = "personen", Source = "Aanwezigheidslijsten" };
        trained.Measurements.Add(new KpiMeasurement { Id = Guid.NewGuid(), KpiId = trained.Id, On = new DateOnly(year, 3, 1), Value = 12 });
        trained.Measurements.Add(new KpiMeasurement { Id = Guid.NewGuid(), KpiId = trained.Id, On = new DateOnly(year, 5, 1), Value = 27 });
        plan.Kpis.AddRange([completed, trained]);
        // The demo Medewerker owns the example plan, so a newcomer logging in as staff can work on it.
        var staff = await db.Users.FirstOrDefaultAsync(u => u.Email == "medewerker@" + DemoData.DemoMailDomain, cancellationToken);
        if (staff is not null)
        {
            plan.Members.Add(new PlanMember { Id = Guid.NewGuid(), PlanId = plan.Id, UserId = staff.Id, DisplayName = staff.DisplayName, Role = PlanMemberRole.Owner, AddedAt = now });
        }

        foreach (var owned in Owned(plan)) owned.MunicipalityId = demo.Id;
        plan.Versions.Add(new PlanVersion
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, MunicipalityId = demo.Id, Number = 1, At = now, AuthorName = "Samenspraak",
            Change = "Voorbeeldplan", Snapshot = PlanSnapshot.Of(plan),
        });
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Platform.Tenancy.IMunicipalityOwned> Owned(ActionPlan plan) =>
        plan.Actions.Cast<Platform.Tenancy.IMunicipalityOwned>().Concat(plan.BudgetLines).Concat(plan.Partners).Concat(plan.Kpis)
            .Concat(plan.Kpis.SelectMany(k => k.Measurements)).Concat(plan.Members);
}
