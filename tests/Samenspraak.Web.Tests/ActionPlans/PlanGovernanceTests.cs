using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.ActionPlans;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.History;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Themes;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>
/// Who changes a plan (members and the Gemeentebeheerder), the vaststelling as the Gemeentebeheerder's audited step,
/// deleting parts of a plan with confirmation, and the dated top-themes snapshot from Monitoring.
/// </summary>
public abstract class PlanGovernanceTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private async Task<ActionPlan> StorePlanAsync(string title, bool staffOwns, Action<ActionPlan>? fill = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = PlanFactory.Create(title, Today.Year, Today.Year + 1, null, null, PlanStart.Empty, null, DateTimeOffset.UtcNow);
        fill?.Invoke(plan);
        if (staffOwns) ActionPlanWorld.AddOwner(plan, app.World[Principal.Staff].Id);
        ActionPlanWorld.Own(plan, app.World.Home.Id);
        // A first version, so the history can show what a later change removed.
        plan.Versions.Add(new PlanVersion { Id = Guid.NewGuid(), PlanId = plan.Id, MunicipalityId = app.World.Home.Id, Number = 1, At = DateTimeOffset.UtcNow, Snapshot = PlanSnapshot.Of(plan) });
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private static void ActionWithBudget(ActionPlan p, decimal subsidy, decimal own)
    {
        var a = new PlanAction { Id = Guid.NewGuid(), PlanId = p.Id, Title = "Workshops", OwnerName = "An", Start = Today, End = Today };
        p.Actions.Add(a);
        p.BudgetLines.Add(new BudgetLine { Id = Guid.NewGuid(), PlanId = p.Id, ActionId = a.Id, Year = Today.Year, Description = "Begeleiding", Source = FundingSource.Subsidy, Planned = subsidy });
        p.BudgetLines.Add(new BudgetLine { Id = Guid.NewGuid(), PlanId = p.Id, ActionId = a.Id, Year = Today.Year, Description = "Personeel", Source = FundingSource.OwnContribution, Planned = own });
    }

    [Fact]
    public async Task OnlyMembersAndTheAdministratorEditAndTheAdministratorAddsEditors()
    {
        var plan = await StorePlanAsync("Plan zonder leden", staffOwns: false);
        var staff = await app.ClientAsync(Principal.Staff);
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);

        var denied = await staff.GetAsync($"/actieplan/{plan.Id}/sectie/Gaps");
        Assert.Equal(HttpStatusCode.Found, denied.StatusCode);
        Assert.Contains("/geen-toegang", PageForm.Location(denied));
        var read = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}"));
        Assert.Contains("wijzigen doen de eigenaars en bewerkers", read);
        Assert.DoesNotContain("id=\"actie-nieuw\"", read);

        var refused = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/bewerkers", "id=\"bewerker\"", [F("Input.UserId", Guid.NewGuid().ToString()), F("Input.Role", "Editor")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kies een medewerker van de gemeente", PageForm.Text(await refused.Content.ReadAsStringAsync()));

        var added = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/bewerkers", "id=\"bewerker\"",
            [F("Input.UserId", app.World[Principal.Staff].Id.ToString()), F("Input.Role", "Editor")]);
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/actieplan/{plan.Id}/sectie/Gaps")).StatusCode);
        var members = await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/bewerkers");
        Assert.Contains("id=\"bewerkers\"", members);
        Assert.DoesNotContain("id=\"bewerker\"", members); // an editor, not an owner: no form to add others
        Assert.Contains("toegevoegd als Bewerker", PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/versies")));
    }

    [Fact]
    public async Task TheAdministratorAloneAdoptsAndTheAdoptionIsAuditedAndCanBeWithdrawn()
    {
        var plan = await StorePlanAsync("Vaststelling door beheerder", staffOwns: true, p => ActionWithBudget(p, 8_000m, 4_000m));
        var staff = await app.ClientAsync(Principal.Staff);
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var staffTry = await staff.GetAsync($"/actieplan/{plan.Id}/vaststelling");
        Assert.Contains("/geen-toegang", PageForm.Location(staffTry));
        Assert.Contains("legt de gemeentebeheerder die vast", PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/status")));

        var adopted = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/vaststelling", "id=\"vaststelling\"", [F("Input.Body", "college van burgemeester en schepenen"), F("Input.Date", date)]);
        Assert.Equal(HttpStatusCode.Found, adopted.StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.IgnoreQueryFilters().SingleAsync(e => e.Action == ActionPlanAuditActions.Adopted && e.EntityId == plan.Id.ToString());
            Assert.Contains("college van burgemeester en schepenen", entry.Details);
            Assert.Equal(app.World.Home.Id, entry.MunicipalityId);
            var stored = await db.Set<ActionPlan>().IgnoreTenantFilter().SingleAsync(p => p.Id == plan.Id);
            Assert.Equal((PlanStatus.Vastgesteld, TestWorld.EmailOf(Principal.MunicipalityAdmin)), (stored.Status, stored.AdoptionRecordedBy));
        }

        var withdrawn = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/vaststelling", "id=\"intrekken\"", []);
        Assert.Equal(HttpStatusCode.Found, withdrawn.StatusCode);
        await using var check = app.Services.CreateAsyncScope();
        var after = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<ActionPlan>().IgnoreTenantFilter().SingleAsync(p => p.Id == plan.Id);
        Assert.Equal((PlanStatus.Concept, (string?)null), (after.Status, after.AdoptedBy));
    }

    [Fact]
    public async Task DeletingABudgetLineIsConfirmedKeptInTheHistoryAndRechecksTheBudget()
    {
        var plan = await StorePlanAsync("Verwijderplan", staffOwns: true, p => ActionWithBudget(p, 8_000m, 4_000m));
        var own = plan.BudgetLines.Single(b => b.Source == FundingSource.OwnContribution);
        var staff = await app.ClientAsync(Principal.Staff);

        var confirm = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/verwijderen/budgetregel/{own.Id}"));
        Assert.Contains("Budgetregel \"Personeel\"", confirm);
        var deleted = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/verwijderen/budgetregel/{own.Id}", "id=\"verwijderen\"", []);
        Assert.Equal(HttpStatusCode.Found, deleted.StatusCode);
        Assert.Equal($"/actieplan/{plan.Id}/acties/{plan.Actions[0].Id}", PageForm.Location(deleted));

        var overview = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}"));
        Assert.Contains("De eigen inbreng is € 0,00, maar moet minstens € 4.000,00 zijn", overview);
        var history = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/versies"));
        Assert.Contains("Budgetregel verwijderd: Personeel (bij Workshops)", history);
        Assert.Contains("− Budget: ", history);
        Assert.Contains("| Personeel | OwnContribution | gepland 4000.00", history);

        // The mandatory milestones cannot be deleted; a deleted action takes its budget lines along.
        var milestone = plan.Kpis.First(k => k.Kind == KpiKind.MilestoneAdopted);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/actieplan/{plan.Id}/verwijderen/kpi/{milestone.Id}")).StatusCode);
        var actionGone = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/verwijderen/actie/{plan.Actions[0].Id}", "id=\"verwijderen\"", []);
        Assert.Equal(HttpStatusCode.Found, actionGone.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Set<BudgetLine>().IgnoreTenantFilter().AnyAsync(b => b.PlanId == plan.Id));
        Assert.False(await db.Set<PlanAction>().IgnoreTenantFilter().AnyAsync(a => a.PlanId == plan.Id));
    }

    [Fact]
    public async Task TheTopThemesSnapshotIsStoredWithThePlanAndShownInTheWordExport()
    {
        // A real theme in Monitoring first, so the snapshot has something to copy (not only the empty state).
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Momentopnamekanaal");
        await MonitoringTestData.IngestAsync(app.Services, channel, [.. Enumerable.Range(0, 6).Select(i => new IncomingMessage(
            $"m{i}", $"Het speelplein aan de Ganzendries blijft maar dicht #speelpleinganzendries ({i})", $"buur{i}", DateTimeOffset.UtcNow.AddMinutes(-i), null, null))]);
        await MonitoringTestData.AnalysedAsync(app.Services, channel.Id, 6);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(app.World.Home.Id);
        }

        var plan = await StorePlanAsync("Momentopnameplan", staffOwns: true);
        var staff = await app.ClientAsync(Principal.Staff);

        var taken = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/sectie/Context", "id=\"momentopname\"", []);
        Assert.Equal(HttpStatusCode.Found, taken.StatusCode);

        IReadOnlyList<ThemeSnapshotRow> expected;
        List<PlanThemeRow> stored;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<IThemeSnapshotSource>().GetTopThemesAsync(app.World.Home.Id, 10);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            stored = await db.Set<PlanThemeRow>().IgnoreTenantFilter().Where(t => t.PlanId == plan.Id).OrderBy(t => t.Rank).ToListAsync();
            Assert.NotNull((await db.Set<ActionPlan>().IgnoreTenantFilter().SingleAsync(p => p.Id == plan.Id)).ThemeSnapshotAt);
        }

        Assert.Contains(stored, s => s.Label.Contains("#speelpleinganzendries", StringComparison.Ordinal));
        Assert.Equal(expected.Select(e => (e.Label, e.MessageCount, e.HarmfulCount, e.Trend)), stored.Select(s => (s.Label, s.MessageCount, s.HarmfulCount, s.Trend)));
        Assert.All(stored, s => Assert.Equal(app.World.Home.Id, s.MunicipalityId));
        var page = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}"));
        var heading = stored.Count > 0 ? "Topthema's uit Monitoring op" : "Monitoring had toen nog geen thema's";
        Assert.Contains(heading, page);
        foreach (var row in stored) Assert.Contains(row.Label, page);

        var response = await staff.GetAsync($"/api/v1/actionplans/{plan.Id}/export/docx");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(heading, text);
        foreach (var row in stored) Assert.Contains(row.Label, text);
    }
}

public sealed class SqlitePlanGovernanceTests(SqliteAppFixture app) : PlanGovernanceTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPlanGovernanceTests(PostgresAppFixture app) : PlanGovernanceTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
