using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.History;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>
/// The action plan of the home municipality in every test world: one action and one manually measured KPI, made with
/// the module's own <see cref="PlanFactory"/>. Keys: <see cref="Plan"/>, <see cref="Action"/>, <see cref="Kpi"/>.
/// </summary>
internal sealed class ActionPlanWorld : IWorldSeeder
{
    public const string Plan = "actionplans.home-plan";
    public const string Action = "actionplans.home-action";
    public const string Kpi = "actionplans.home-kpi";

    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = PlanFactory.Create("Teststad verbindt", 2026, 2028, null, "Teststad", PlanStart.Template, null, DateTimeOffset.UtcNow);
        var action = new PlanAction
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Title = "Omstaanderstraining", OwnerName = "Dienst Samenleven",
            Start = new DateOnly(2026, 3, 1), End = new DateOnly(2026, 6, 30),
        };
        var kpi = new Kpi { Id = Guid.NewGuid(), PlanId = plan.Id, Kind = KpiKind.Custom, Name = "Getrainde vrijwilligers", Target = 30, Unit = "personen" };
        plan.Actions.Add(action);
        plan.Kpis.Add(kpi);
        AddOwner(plan, world[Principal.Staff].Id);
        Own(plan, world.Home.Id);
        plan.Versions.Add(new PlanVersion { Id = Guid.NewGuid(), PlanId = plan.Id, MunicipalityId = world.Home.Id, Number = 1, At = DateTimeOffset.UtcNow, Snapshot = PlanSnapshot.Of(plan) });
        db.Add(plan);
        await db.SaveChangesAsync();
        world.AddResource(Plan, plan.Id.ToString());
        world.AddResource(Action, action.Id.ToString());
        world.AddResource(Kpi, kpi.Id.ToString());
    }

    /// <summary>Makes the test world's Medewerker an owner of the plan, as the creator would be.</summary>
    internal static void AddOwner(ActionPlan plan, Guid userId) =>
        plan.Members.Add(new PlanMember { Id = Guid.NewGuid(), PlanId = plan.Id, UserId = userId, DisplayName = "Medewerker Teststad", Role = PlanMemberRole.Owner, AddedAt = DateTimeOffset.UtcNow });

    /// <summary>Seeding runs without a signed-in user, so the municipality is stamped on every row by hand.</summary>
    internal static void Own(ActionPlan plan, Guid municipalityId)
    {
        plan.MunicipalityId = municipalityId;
        foreach (var row in plan.Actions) row.MunicipalityId = municipalityId;
        foreach (var row in plan.Partners) row.MunicipalityId = municipalityId;
        foreach (var row in plan.BudgetLines) row.MunicipalityId = municipalityId;
        foreach (var row in plan.Members) row.MunicipalityId = municipalityId;
        foreach (var row in plan.Kpis)
        {
            row.MunicipalityId = municipalityId;
            foreach (var m in row.Measurements) m.MunicipalityId = municipalityId;
        }
    }
}
