using Samenspraak.Web.ActionPlans;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.History;
using Samenspraak.Web.ActionPlans.Rules;
using Samenspraak.Web.Platform.Indicators;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>The plan's rules on their own: budget, dates, KPIs, adoption, and the readable diff.</summary>
public sealed class RuleTests
{
    private static readonly ActionPlanOptions Options = new();

    private static ActionPlan Plan() => new() { Id = Guid.NewGuid(), Title = "Plan", StartYear = 2026, EndYear = 2028 };

    private static BudgetLine Line(FundingSource source, decimal planned) => new() { Source = source, Planned = planned, Year = 2026, Description = "x" };

    [Fact]
    public void ANegativeAmountIsRefusedInDutch()
    {
        using var culture = new DutchCulture();
        var errors = new RuleErrors();
        BudgetRules.CheckLine(errors, Plan(), [], Options, "Trainers", "2026", FundingSource.Subsidy, "-500", "", out _, out _, out _);
        Assert.Equal("Het bedrag bij \"Gepland\" mag niet negatief zijn.", errors.For("planned"));
    }

    [Fact]
    public void TextWhereAnAmountBelongsIsRefusedAndBelgianNotationIsRead()
    {
        using var culture = new DutchCulture();
        var errors = new RuleErrors();
        BudgetRules.CheckLine(errors, Plan(), [], Options, "Trainers", "2026", FundingSource.Other, "vijfhonderd", "1.250,50", out _, out _, out var spent);
        Assert.Contains("bedrag in euro", errors.For("planned"));
        Assert.Null(errors.For("spent"));
        Assert.Equal(1250.50m, spent);
    }

    [Fact]
    public void TheSubsidyAboveTheCapIsRefusedWithTheFigures()
    {
        using var culture = new DutchCulture();
        var errors = new RuleErrors();
        BudgetRules.CheckLine(errors, Plan(), [Line(FundingSource.Subsidy, 20_000m)], Options, "Workshops", "2027", FundingSource.Subsidy, "6000", null,
            out _, out _, out _);
        var message = errors.For("planned");
        Assert.NotNull(message);
        Assert.Contains("€ 26.000,00", message);
        Assert.Contains("€ 25.000,00", message);

        // Exactly at the cap is allowed; own contribution does not count toward the cap.
        var atCap = new RuleErrors();
        BudgetRules.CheckLine(atCap, Plan(), [Line(FundingSource.Subsidy, 20_000m), Line(FundingSource.OwnContribution, 50_000m)], Options,
            "Workshops", "2027", FundingSource.Subsidy, "5000", null, out _, out _, out _);
        Assert.False(atCap.Any, atCap.ToString());
    }

    [Fact]
    public void AYearOutsideThePlanIsRefused()
    {
        using var culture = new DutchCulture();
        var errors = new RuleErrors();
        BudgetRules.CheckLine(errors, Plan(), [], Options, "Trainers", "2031", FundingSource.Subsidy, "100", null, out _, out _, out _);
        Assert.Equal("Kies een jaar binnen de looptijd van het plan (2026–2028).", errors.For("year"));
    }

    [Fact]
    public void TheOwnContributionRuleUsesTheConfiguredShare()
    {
        using var culture = new DutchCulture();
        BudgetLine[] lines = [Line(FundingSource.Subsidy, 10_000m), Line(FundingSource.OwnContribution, 4_000m)];

        var summary = BudgetRules.Summarize(lines, Options);
        Assert.False(summary.IsValid);
        Assert.Equal(5_000m, summary.OwnContributionRequired);
        Assert.Equal("De eigen inbreng is € 4.000,00, maar moet minstens € 5.000,00 zijn (50% van de subsidie).", Assert.Single(summary.Problems));

        var lenient = BudgetRules.Summarize(lines, new ActionPlanOptions { MinOwnContributionRatio = 0.4m });
        Assert.True(lenient.IsValid, string.Join(" ", lenient.Problems));
    }

    [Fact]
    public void AnActionThatEndsBeforeItStartsIsRefused()
    {
        using var culture = new DutchCulture();
        var errors = new RuleErrors();
        PlanRules.CheckAction(errors, Plan(), "Workshop", "An", "geen-adres", "2026-05-01", "2026-04-01", out _, out _);
        Assert.Equal("De einddatum ligt vóór de startdatum (1/05/2026).", errors.For("end"));
        Assert.Equal("Dit is geen geldig e-mailadres.", errors.For("owner-email"));

        var outside = new RuleErrors();
        PlanRules.CheckAction(outside, Plan(), "Workshop", "An", null, "2025-12-01", "2026-02-01", out _, out _);
        Assert.Equal("De actie moet binnen de looptijd van het plan vallen (2026–2028).", outside.For("start"));

        var belgian = new RuleErrors();
        PlanRules.CheckAction(belgian, Plan(), "Workshop", "An", "an@gemeente.be", "1/03/2026", "30/06/2026", out var start, out var end);
        Assert.False(belgian.Any, belgian.ToString());
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30)), (start, end));
    }

    [Fact]
    public void AdoptionNeedsABodyAPastDateActionsAndAValidBudget()
    {
        using var culture = new DutchCulture();
        var plan = Plan();
        plan.BudgetLines.Add(Line(FundingSource.Subsidy, 30_000m));
        var errors = new RuleErrors();
        PlanRules.CheckAdoption(errors, plan, " ", "2030-01-01", new DateOnly(2026, 11, 23), Options, out _);
        var messages = errors.Items.Select(i => i.Message).ToList();
        Assert.Contains("Vul in welk orgaan het plan heeft vastgesteld.", messages);
        Assert.Contains("De datum van vaststelling ligt in de toekomst.", messages);
        Assert.Contains(messages, m => m.Contains("zonder acties", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("hoogstens € 25.000,00", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("eigen inbreng", StringComparison.Ordinal));
    }

    [Fact]
    public void KpiRulesCatchBadNumbersPercentagesAndUnknownIndicators()
    {
        using var culture = new DutchCulture();
        var catalog = new IndicatorCatalog([]);
        var errors = new RuleErrors();
        KpiRules.CheckKpi(errors, catalog, "Aandeel haat", "%", "monitoring.share.hate", "veel", "140", out var baseline, out var target);
        Assert.Null(baseline);
        Assert.Equal(140, target);
        Assert.Equal("\"Nulmeting\" moet een getal zijn, bv. 12,5.", errors.For("baseline"));
        Assert.Equal("\"Streefwaarde\" is een percentage en ligt tussen 0 en 100.", errors.For("target"));
        Assert.Contains("bestaat niet (meer)", errors.For("indicator-key"));

        var measurement = new RuleErrors();
        KpiRules.CheckMeasurement(measurement, "%", "2027-01-01", "-3", new DateOnly(2026, 11, 23), out _, out _);
        Assert.Equal("Een meting kan niet in de toekomst liggen.", measurement.For("measured-on"));
        Assert.NotNull(measurement.For("value"));
    }

    [Fact]
    public void TheDiffShowsWhatChangedAndKeepsTheRestInPlace()
    {
        var before = "## 7. Budget\nBudget: 2026 | A | Trainers | Subsidy | gepland 5000.00\nBudget: 2026 | A | Zaal | OwnContribution | gepland 2500.00\n";
        var after = "## 7. Budget\nBudget: 2026 | A | Trainers | Subsidy | gepland 6000.00\nBudget: 2026 | A | Zaal | OwnContribution | gepland 2500.00\n";
        var diff = TextDiff.Lines(before, after);
        Assert.Equal(
        [
            new DiffLine(DiffKind.Same, "## 7. Budget"),
            new DiffLine(DiffKind.Removed, "Budget: 2026 | A | Trainers | Subsidy | gepland 5000.00"),
            new DiffLine(DiffKind.Added, "Budget: 2026 | A | Trainers | Subsidy | gepland 6000.00"),
            new DiffLine(DiffKind.Same, "Budget: 2026 | A | Zaal | OwnContribution | gepland 2500.00"),
        ], diff);
        Assert.All(TextDiff.Lines("", after), l => Assert.Equal(DiffKind.Added, l.Kind));
    }

    [Fact]
    public void TheSnapshotNamesEverySectionAndDoesNotDependOnTheLanguage()
    {
        var plan = PlanFactory.Create("Plan", 2026, 2027, null, null, PlanStart.Empty, null, DateTimeOffset.UnixEpoch);
        var action = new PlanAction { Id = Guid.NewGuid(), Title = "Training", OwnerName = "An", Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 2, 1) };
        plan.Actions.Add(action);
        plan.BudgetLines.Add(new BudgetLine { ActionId = action.Id, Year = 2026, Description = "Trainers", Planned = 1234.5m });
        string dutch, english;
        using (new DutchCulture()) dutch = PlanSnapshot.Of(plan);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
        try { english = PlanSnapshot.Of(plan); }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
        Assert.Equal(dutch, english);
        Assert.Contains("Budget: 2026 | Training | Trainers | Subsidy | gepland 1234.50 | besteed 0.00", dutch);
        foreach (var heading in new[] { "## 1.", "## 2.", "## 3.", "## 4.", "## 5.", "## 7.", "## 8.", "## 9." }) Assert.Contains(heading, dutch);
    }

    [Fact]
    public void EveryPlanStartsWithTheTwoMandatoryMilestonesAndACopyStartsFresh()
    {
        using var culture = new DutchCulture();
        var source = PlanFactory.Create("Oud plan", 2020, 2025, null, null, PlanStart.Template, null, DateTimeOffset.UnixEpoch);
        var action = new PlanAction { Id = Guid.NewGuid(), Title = "Training", OwnerName = "An", Start = new DateOnly(2021, 3, 1), End = new DateOnly(2021, 6, 1), Status = ActionStatus.Afgerond, CompletedOn = new DateOnly(2021, 6, 1) };
        source.Actions.Add(action);
        source.BudgetLines.Add(new BudgetLine { ActionId = action.Id, Year = 2021, Description = "Trainers", Planned = 1000m, Spent = 900m });
        var custom = new Kpi { Kind = KpiKind.Custom, Name = "Getraind", Target = 10, Unit = "personen" };
        custom.Measurements.Add(new KpiMeasurement { On = new DateOnly(2021, 6, 1), Value = 8 });
        source.Kpis.Add(custom);

        var copy = PlanFactory.Create("Nieuw plan", 2026, 2031, null, null, PlanStart.Copy, source, DateTimeOffset.UnixEpoch);

        Assert.Equal([KpiKind.MilestoneAdopted, KpiKind.MilestoneExecuted, KpiKind.Custom], copy.Kpis.Select(k => k.Kind));
        Assert.Empty(copy.Kpis.Single(k => k.Kind == KpiKind.Custom).Measurements);
        var copied = Assert.Single(copy.Actions);
        Assert.Equal((new DateOnly(2027, 3, 1), ActionStatus.Gepland, (DateOnly?)null), (copied.Start, copied.Status, copied.CompletedOn));
        var line = Assert.Single(copy.BudgetLines);
        Assert.Equal((copied.Id, 2027, 1000m, 0m), (line.ActionId, line.Year, line.Planned, line.Spent));
        Assert.Equal(source.Partners.Select(p => p.Name), copy.Partners.Select(p => p.Name));
        Assert.NotEmpty(copy.Partners);
    }
}
