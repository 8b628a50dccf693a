using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.ActionPlans.Reminders;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>
/// The action plan through the real application: the wizard, the budget and KPI forms with bad input, adoption,
/// indicator binding, version history, partnership visibility and isolation, the exports and the reminders.
/// </summary>
public abstract class ActionPlanTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>A plan of <paramref name="municipality"/> stored directly (system work), for tests that need a known state.</summary>
    private async Task<ActionPlan> StorePlanAsync(Guid municipality, string title, Action<ActionPlan>? fill = null, Guid? partnership = null, bool staffOwns = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = PlanFactory.Create(title, Today.Year, Today.Year + 1, partnership, null, PlanStart.Empty, null, DateTimeOffset.UtcNow);
        fill?.Invoke(plan);
        if (staffOwns && municipality == app.World.Home.Id) ActionPlanWorld.AddOwner(plan, app.World[Principal.Staff].Id);
        ActionPlanWorld.Own(plan, municipality);
        db.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private static PlanAction NewAction(ActionPlan plan, string title, DateOnly start, DateOnly end, string? email = null) =>
        new() { Id = Guid.NewGuid(), PlanId = plan.Id, Title = title, OwnerName = "An Peeters", OwnerEmail = email, Start = start, End = end };

    [Fact]
    public async Task TheWizardCreatesAPlanFromTheTemplateAndWalksThroughTheSections()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var created = await PageForm.SubmitAsync(staff, "/actieplan/nieuw", "id=\"plan-nieuw\"",
            [F("Input.Title", "Wizardplan"), F("Input.StartYear", "2026"), F("Input.EndYear", "2031"), F("Input.Start", "Template")]);
        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        var step2 = PageForm.Location(created)!;
        Assert.Matches("^/actieplan/[0-9a-f-]{36}/sectie/Context\\?stap=2$", step2);
        var planPath = step2[..step2.IndexOf("/sectie", StringComparison.Ordinal)];

        var html = PageForm.Text(await PageForm.HtmlAsync(staff, step2));
        Assert.Contains("Welke vormen van polarisatie", html); // the template's guiding question
        Assert.DoesNotContain("De Kennisbank is op deze installatie niet beschikbaar", html); // the knowledge module is present
        Assert.Contains("Voorbeelden uit de Kennisbank", html);

        var toGaps = await PageForm.SubmitAsync(staff, step2, "id=\"sectie\"", [F("Input.Text", "Piek in haatberichten na het incident aan het station.")]);
        Assert.Equal(planPath + "/sectie/Gaps?stap=3", PageForm.Location(toGaps));
        var toGoals = await PageForm.SubmitAsync(staff, planPath + "/sectie/Gaps?stap=3", "id=\"sectie\"", [F("Input.Text", "Geen aanspreekpunt voor scholen.")]);
        Assert.Equal(planPath + "/sectie/Goals?stap=4", PageForm.Location(toGoals));
        var done = await PageForm.SubmitAsync(staff, planPath + "/sectie/Goals?stap=4", "id=\"sectie\"", [F("Input.Text", "40 jeugdwerkers getraind tegen 2027.")]);
        Assert.Equal(planPath, PageForm.Location(done));

        var plan = PageForm.Text(await PageForm.HtmlAsync(staff, planPath));
        Assert.Contains("Piek in haatberichten", plan);
        Assert.Contains("Geen aanspreekpunt voor scholen.", plan);
        Assert.Contains("Mijlpaal: plan vastgesteld", plan);
        Assert.Contains("Lokale integrale veiligheidscel", plan); // template partners
        Assert.Contains("Halfjaarlijks voortgangsrapport aan het college", plan); // section 9 from the template, as text
        var history = PageForm.Text(await PageForm.HtmlAsync(staff, planPath + "/versies"));
        Assert.Contains("4 versie(s)", history);
    }

    [Fact]
    public async Task BadBudgetAndActionInputGetsDutchMessagesAndKeepsWhatWasTyped()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Budgetplan", p => p.Actions.Add(NewAction(p, "Training", Today, Today)));
        var path = $"/actieplan/{plan.Id}/acties/{plan.Actions[0].Id}";
        var staff = await app.ClientAsync(Principal.Staff);
        string year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var negative = await PageForm.SubmitAsync(staff, path, "id=\"budgetregel\"",
            [F("Line.Description", "Trainers"), F("Line.Year", year), F("Line.Source", "Subsidy"), F("Line.Planned", "-250")]);
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);
        var html = PageForm.Text(await negative.Content.ReadAsStringAsync());
        Assert.Contains("Het bedrag bij \"Gepland\" mag niet negatief zijn.", html);
        Assert.Contains("value=\"Trainers\"", html);
        Assert.Contains("href=\"#planned\"", html);

        var overCap = await PageForm.SubmitAsync(staff, path, "id=\"budgetregel\"",
            [F("Line.Description", "Trainers"), F("Line.Year", year), F("Line.Source", "Subsidy"), F("Line.Planned", "25.000,01")]);
        Assert.Contains("Plan Samenleven subsidieert hoogstens € 25.000,00 per plan", PageForm.Text(await overCap.Content.ReadAsStringAsync()));

        var good = await PageForm.SubmitAsync(staff, path, "id=\"budgetregel\"",
            [F("Line.Description", "Trainers"), F("Line.Year", year), F("Line.Source", "Subsidy"), F("Line.Planned", "10.000")]);
        Assert.Equal(HttpStatusCode.Found, good.StatusCode);

        var endBeforeStart = await PageForm.SubmitAsync(staff, path, "id=\"actie\"",
            [F("Input.Title", "Training"), F("Input.OwnerName", "An"), F("Input.Start", $"{year}-06-01"), F("Input.End", $"{year}-05-01"), F("Input.Status", "Gepland")]);
        Assert.Equal(HttpStatusCode.OK, endBeforeStart.StatusCode);
        Assert.Contains("De einddatum ligt vóór de startdatum", PageForm.Text(await endBeforeStart.Content.ReadAsStringAsync()));

        var overview = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}"));
        Assert.Contains("€ 10.000,00", overview);
        Assert.Contains("De eigen inbreng is € 0,00, maar moet minstens € 5.000,00 zijn", overview);
    }

    [Fact]
    public async Task ANewActionIsSavedWithItsFieldsAndOpensForItsBudget()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Actieplan met nieuwe actie");
        var staff = await app.ClientAsync(Principal.Staff);
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var saved = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/acties/nieuw", "id=\"actie\"",
        [
            F("Input.Title", "Buurtgesprekken"), F("Input.OwnerName", "Preventiedienst"), F("Input.OwnerEmail", "preventie@teststad.be"),
            F("Input.TargetGroup", "buurtbewoners"), F("Input.Start", $"{year}-03-01"), F("Input.End", $"{year}-06-30"), F("Input.Status", "Lopend"),
        ]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var path = PageForm.Location(saved)!;
        Assert.Matches($"^/actieplan/{plan.Id}/acties/[0-9a-f-]{{36}}$", path);

        var html = await PageForm.HtmlAsync(staff, path);
        Assert.Contains("id=\"budgetregel\"", html);
        Assert.Contains("value=\"preventie@teststad.be\"", html);
        await using var scope = app.Services.CreateAsyncScope();
        var action = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PlanAction>().IgnoreTenantFilter().SingleAsync(a => a.PlanId == plan.Id);
        Assert.Equal((ActionStatus.Lopend, "buurtbewoners", app.World.Home.Id), (action.Status, action.TargetGroup, action.MunicipalityId));
    }

    [Fact]
    public async Task AdoptionIsRefusedUntilTheBudgetFitsAndThenRecordsBodyAndDate()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Vaststelplan", p =>
        {
            var a = NewAction(p, "Workshops", Today, Today);
            p.Actions.Add(a);
            p.BudgetLines.Add(new BudgetLine { Id = Guid.NewGuid(), PlanId = p.Id, ActionId = a.Id, Year = Today.Year, Description = "Begeleiding", Source = FundingSource.Subsidy, Planned = 8_000m });
        });
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/vaststelling", "id=\"vaststelling\"", [F("Input.Body", "gemeenteraad"), F("Input.Date", date)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De eigen inbreng is € 0,00, maar moet minstens € 4.000,00 zijn", PageForm.Text(await refused.Content.ReadAsStringAsync()));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new BudgetLine { Id = Guid.NewGuid(), MunicipalityId = app.World.Home.Id, PlanId = plan.Id, ActionId = plan.Actions[0].Id, Year = Today.Year, Description = "Personeel", Source = FundingSource.OwnContribution, Planned = 4_000m });
            await db.SaveChangesAsync();
        }

        var adopted = await PageForm.SubmitAsync(admin, $"/actieplan/{plan.Id}/vaststelling", "id=\"vaststelling\"", [F("Input.Body", "gemeenteraad"), F("Input.Date", date)]);
        Assert.Equal(HttpStatusCode.Found, adopted.StatusCode);
        var overview = PageForm.Text(await PageForm.HtmlAsync(admin, $"/actieplan/{plan.Id}"));
        Assert.Contains("vastgesteld door gemeenteraad op", overview);

        await using var check = app.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<ActionPlan>().IgnoreTenantFilter().SingleAsync(p => p.Id == plan.Id);
        Assert.Equal((PlanStatus.Vastgesteld, "gemeenteraad", (DateOnly?)Today), (stored.Status, stored.AdoptedBy, stored.AdoptedOn));
    }

    [Fact]
    public async Task AKpiBoundToAnIndicatorFollowsTheMeasuredData()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Indicatorplan", p => p.Actions.Add(NewAction(p, "Campagne", new DateOnly(Today.Year, 1, 1), Today)));
        var staff = await app.ClientAsync(Principal.Staff);

        var bound = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/kpis/nieuw", "id=\"kpi\"",
            [F("Input.Name", "Afgeronde acties"), F("Input.IndicatorKey", ActionPlanIndicatorSource.CompletedActions), F("Input.Target", "1"), F("Input.Unit", "acties")]);
        Assert.Equal(HttpStatusCode.Found, bound.StatusCode);
        var kpiPath = PageForm.Location(bound)!;
        var before = await PageForm.HtmlAsync(staff, kpiPath);
        Assert.Contains("Gekoppeld aan de indicator \"Afgeronde acties van het actieplan\"", PageForm.Text(before));
        Assert.DoesNotContain("<td>1</td>", before[before.IndexOf("id=\"kpi-waarden\"", StringComparison.Ordinal)..]);

        // Completing the action is the measured fact the indicator counts.
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completed = await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/acties/{plan.Actions[0].Id}", "id=\"actie\"",
            [F("Input.Title", "Campagne"), F("Input.OwnerName", "An"), F("Input.Start", $"{year}-01-01"), F("Input.End", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), F("Input.Status", "Afgerond")]);
        Assert.Equal(HttpStatusCode.Found, completed.StatusCode);

        var html = await PageForm.HtmlAsync(staff, kpiPath);
        Assert.Contains("id=\"kpi-grafiek\"", html);
        Assert.Contains("<svg", html);
        var table = html[html.IndexOf("id=\"kpi-waarden\"", StringComparison.Ordinal)..];
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1).ToString("d", new System.Globalization.CultureInfo("nl-BE"));
        Assert.Matches($"<th scope=\"row\">{thisMonth}</th><td>1</td>", table);
        Assert.DoesNotMatch("<td>2</td>", table);
    }

    /// <summary>A stand-in for Monitoring: counts audit entries of one kind per month, computed from rows the test writes.</summary>
    private sealed class AuditCountSource(AppDbContext db) : IIndicatorSource
    {
        public const string Key = "test.audit.kpi";

        public IReadOnlyList<IndicatorDefinition> Definitions => [new(Key, "Testmeldingen", "meldingen", "Test", "")];

        public async Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period, CancellationToken cancellationToken = default)
        {
            if (key != Key) return null;
            var moments = await db.AuditEntries.Where(a => a.Action == Key && a.MunicipalityId == municipalityId).Select(a => a.At).ToListAsync(cancellationToken);
            var points = new List<IndicatorPoint>();
            for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            {
                var n = moments.Count(m => DateOnly.FromDateTime(m.UtcDateTime) >= month && DateOnly.FromDateTime(m.UtcDateTime) < month.AddMonths(1));
                points.Add(new IndicatorPoint(month, n, n));
            }

            return new IndicatorSeries(Definitions[0], period, points);
        }
    }

    [Fact]
    public async Task KpiValuesTakeTheSeriesOfTheBoundIndicatorForThePlansMunicipalityOnly()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        for (var i = 0; i < 3; i++) await audit.WriteAsync(AuditCountSource.Key, municipalityId: app.World.Home.Id);
        await audit.WriteAsync(AuditCountSource.Key, municipalityId: app.World.Foreign.Id);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var values = new KpiValues(new IndicatorCatalog([new AuditCountSource(db)]), TimeProvider.System);
        var plan = new ActionPlan { Id = Guid.NewGuid(), MunicipalityId = app.World.Home.Id, StartYear = Today.Year, EndYear = Today.Year + 1 };
        var kpi = new Kpi { Kind = KpiKind.Custom, Name = "Meldingen", Baseline = 10, Target = 2, Unit = "meldingen", IndicatorKey = AuditCountSource.Key };

        var result = await values.ForAsync(plan, kpi);

        Assert.False(result.IndicatorMissing);
        Assert.Equal("Testmeldingen", result.IndicatorLabel);
        Assert.Equal(new DateOnly(Today.Year - 1, 1, 1), result.Points[0].On); // a year of context before the plan
        Assert.Equal(new DateOnly(Today.Year, Today.Month, 1), result.Points[^1].On);
        Assert.Equal(3, result.Current);
        Assert.Equal(3, result.Points.Sum(p => p.Value));
        Assert.False(result.Reached); // downward target: 3 is not yet at or below 2

        var gone = await values.ForAsync(plan, new Kpi { Kind = KpiKind.Custom, Name = "Weg", IndicatorKey = "monitoring.removed" });
        Assert.True(gone.IndicatorMissing);
    }

    [Fact]
    public async Task EveryChangeIsAVersionAndTheHistoryShowsAReadableDiff()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Versieplan");
        var staff = await app.ClientAsync(Principal.Staff);
        await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/sectie/Gaps", "id=\"sectie\"", [F("Input.Text", "Scholen weten niet bij wie ze terechtkunnen.")]);
        await PageForm.SubmitAsync(staff, $"/actieplan/{plan.Id}/sectie/Gaps", "id=\"sectie\"", [F("Input.Text", "Scholen en sportclubs weten niet bij wie ze terechtkunnen.")]);

        var html = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/versies"));
        Assert.Contains("Verschil tussen versie 2 en versie 1", html);
        Assert.Contains("− Scholen weten niet bij wie ze terechtkunnen.</del>", html);
        Assert.Contains("+ Scholen en sportclubs weten niet bij wie ze terechtkunnen.</ins>", html);
        Assert.Contains("Sectie gewijzigd: 2. Witte vlekken in het huidige beleid", html);
        Assert.Contains(TestWorld.EmailOf(Principal.Staff), html);

        var first = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{plan.Id}/versies?versie=1"));
        Assert.Contains("+ Scholen weten niet bij wie ze terechtkunnen.</ins>", first);
    }

    [Fact]
    public async Task APartnershipPlanIsReadByMembersAndEditedOnlyByItsOwner()
    {
        Guid partnershipId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var members = await db.Municipalities.Where(m => m.Id == app.World.Home.Id || m.Id == app.World.Foreign.Id).ToListAsync();
            var partnership = new RegionalPartnership { Id = Guid.NewGuid(), Name = "Regio " + Guid.NewGuid().ToString("N")[..6], Members = members };
            db.Add(partnership);
            await db.SaveChangesAsync();
            partnershipId = partnership.Id;
        }

        var shared = await StorePlanAsync(app.World.Foreign.Id, "Regionaal plan", partnership: partnershipId);
        var privatePlan = await StorePlanAsync(app.World.Foreign.Id, "Plan van Andergem");
        var staff = await app.ClientAsync(Principal.Staff);
        var official = await app.ClientAsync(Principal.Official);

        var list = PageForm.Text(await PageForm.HtmlAsync(official, "/actieplan"));
        Assert.Contains("Regionaal plan", list);
        Assert.Contains("samenwerkingsverband (lid, alleen lezen)", list);
        Assert.DoesNotContain("Plan van Andergem", list);

        var read = PageForm.Text(await PageForm.HtmlAsync(staff, $"/actieplan/{shared.Id}"));
        Assert.Contains("de trekkende gemeente werkt het bij", read);
        Assert.DoesNotContain("id=\"actie-nieuw\"", read);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/actionplans/{shared.Id}/export/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/actieplan/{shared.Id}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/actieplan/{shared.Id}/acties/nieuw")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/actieplan/{privatePlan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/actionplans/{privatePlan.Id}/export/xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/actieplan/{privatePlan.Id}/versies")).StatusCode);
    }

    [Fact]
    public async Task TheWordExportHasHeadingsTablesAndKpiChartsAsImages()
    {
        var plan = await StorePlanAsync(app.World.Home.Id, "Exportplan", p =>
        {
            p.Context = "Haatberichten tegen nieuwkomers op de stadskanalen.";
            var a = NewAction(p, "Omstaanderstraining jeugdwerkers", new DateOnly(Today.Year, 2, 1), new DateOnly(Today.Year, 6, 30));
            p.Actions.Add(a);
            p.Partners.Add(new PlanPartner { Id = Guid.NewGuid(), PlanId = p.Id, Name = "Jeugddienst", Role = "bereik" });
            p.BudgetLines.Add(new BudgetLine { Id = Guid.NewGuid(), PlanId = p.Id, ActionId = a.Id, Year = Today.Year, Description = "Trainers", Source = FundingSource.Subsidy, Planned = 6_000m, Spent = 5_500m });
            var kpi = new Kpi { Id = Guid.NewGuid(), PlanId = p.Id, Kind = KpiKind.Custom, Name = "Getrainde jeugdwerkers", Baseline = 0, Target = 40, Unit = "personen", Source = "Aanwezigheden" };
            kpi.Measurements.Add(new KpiMeasurement { Id = Guid.NewGuid(), KpiId = kpi.Id, On = new DateOnly(Today.Year, 3, 1), Value = 12 });
            kpi.Measurements.Add(new KpiMeasurement { Id = Guid.NewGuid(), KpiId = kpi.Id, On = new DateOnly(Today.Year, 5, 1), Value = 27 });
            p.Kpis.Add(kpi);
        });
        var official = await app.ClientAsync(Principal.Official); // a reader may download

        var response = await official.GetAsync($"/api/v1/actionplans/{plan.Id}/export/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1")
            .Select(p => p.InnerText).ToList();
        Assert.Equal(
        [
            "1. Context en signaalanalyse", "2. Witte vlekken in het huidige beleid", "3. Doelstellingen", "4. Acties", "5. Partners en netwerk",
            "6. Tijdlijn", "7. Budget", "8. KPI's", "9. Monitoring, evaluatie en opvolging",
        ], headings);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Haatberichten tegen nieuwkomers op de stadskanalen.");
        var cells = body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Omstaanderstraining jeugdwerkers", cells);
        Assert.Contains("Jeugddienst", cells);
        Assert.Contains("€ 6.000,00", cells);
        Assert.Contains("Getrainde jeugdwerkers", cells);
        Assert.Contains("27", cells);
        var image = Assert.Single(doc.MainDocumentPart.ImageParts);
        using (var png = image.GetStream())
        {
            var signature = new byte[8];
            Assert.Equal(8, png.Read(signature));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        }

        var account = await official.GetAsync($"/api/v1/actionplans/{plan.Id}/export/accountability");
        await using var accountStream = new MemoryStream(await account.Content.ReadAsByteArrayAsync());
        using var accountDoc = WordprocessingDocument.Open(accountStream, false);
        var text = accountDoc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Gepland versus uitgevoerd", text);
        Assert.Contains("0 van 1 acties afgerond", text);
        Assert.Contains("€ 5.500,00", text);

        var csv = await official.GetStringAsync($"/api/v1/actionplans/{plan.Id}/export/csv");
        Assert.Contains("Jaar;Actie;Omschrijving;Bron;Gepland;Besteed", csv);
        Assert.Contains($"{Today.Year};Omstaanderstraining jeugdwerkers;Trainers;Subsidie Plan Samenleven;6000,00;5500,00", csv);

        var xlsx = await official.GetAsync($"/api/v1/actionplans/{plan.Id}/export/xlsx");
        await using var xlsxStream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Budget", "KPI's", "Metingen"], MiniExcelLibs.MiniExcel.GetSheetNames(xlsxStream));
    }

    [Fact]
    public async Task OverdueActionsAreFlaggedAndTheirOwnersRemindedOncePerInterval()
    {
        var owner = $"eigenaar-{Guid.NewGuid():N}@test.samenspraak.local";
        var start = new DateOnly(Today.Year, 1, 1);
        var plan = await StorePlanAsync(app.World.Home.Id, "Herinneringsplan", p =>
        {
            p.Actions.Add(NewAction(p, "Te laat opgeleverd", start, Today.AddDays(-1) < start ? start : Today.AddDays(-1), owner));
            p.Actions.Add(NewAction(p, "Nog op tijd", start, Today, owner));
        });
        var overdueTitle = plan.Actions[0].End < Today ? "Te laat opgeleverd" : null;
        Assert.SkipWhen(overdueTitle is null, "On 1 January no action of this year can be overdue yet.");

        var overview = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/actieplan/{plan.Id}"));
        Assert.Contains("1 actie(s) over de einddatum", overview);

        await using var scope = app.Services.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<OverdueReminders>();
        await reminders.SendAsync(Today, TestContext.Current.CancellationToken);
        var mails = Directory.Exists(app.Factory.MailFolder)
            ? Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(owner, StringComparison.Ordinal)).ToList()
            : [];
        var mail = Assert.Single(mails);
        Assert.Contains("Te laat opgeleverd", mail);
        Assert.DoesNotContain("Nog op tijd", mail);

        await using var again = app.Services.CreateAsyncScope();
        await again.ServiceProvider.GetRequiredService<OverdueReminders>().SendAsync(Today, TestContext.Current.CancellationToken);
        var after = Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText).Count(m => m.Contains(owner, StringComparison.Ordinal));
        Assert.Equal(1, after);
    }
}

public sealed class SqliteActionPlanTests(SqliteAppFixture app) : ActionPlanTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresActionPlanTests(PostgresAppFixture app) : ActionPlanTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
