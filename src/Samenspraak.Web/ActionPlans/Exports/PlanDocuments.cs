using System.Globalization;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.ActionPlans.Resources;
using Samenspraak.Web.ActionPlans.Rules;

namespace Samenspraak.Web.ActionPlans.Exports;

/// <summary>
/// The Word documents: the plan itself (nine sections, tables, KPI charts as images) and the accountability report
/// for the subsidy (planned versus executed, budget versus spending, KPI results).
/// </summary>
public static class PlanDocuments
{
    private static string T(string key) => ActionPlanText.Text[key];

    private static string F(string key, params object?[] args) => ActionPlanText.Text.Format(key, args);

    private static string Date(DateOnly? d) => d?.ToString("d", CultureInfo.CurrentCulture) ?? "–";

    public static string Status(PlanStatus s) => T($"Status.{s}");

    public static string Status(ActionStatus s) => T($"ActionStatus.{s}");

    public static string Source(FundingSource s) => T($"Funding.{s}");

    public static string Section(PlanSection s) => T($"Section.{s}");

    public static string Trend(Platform.Themes.ThemeTrend t) => T($"Trend.{t}");

    public static byte[] Plan(PlanReport report)
    {
        var plan = report.Plan;
        using var doc = new DocxWriter(plan.Title, CultureInfo.CurrentUICulture.Name);
        doc.Heading(plan.Title, 0);
        doc.Text(F("Doc.Period", plan.StartYear, plan.EndYear) + " · " + F("Doc.Status", Status(plan.Status)));
        if (plan.AdoptedOn is not null) doc.Text(F("Doc.Adopted", plan.AdoptedBy, Date(plan.AdoptedOn)));

        doc.Heading(Section(PlanSection.Context));
        doc.Text(plan.Context);
        ThemeSnapshot(doc, plan);
        doc.Heading(Section(PlanSection.Gaps));
        doc.Text(plan.Gaps);
        doc.Heading(Section(PlanSection.Goals));
        doc.Text(plan.Goals);

        doc.Heading(Section(PlanSection.Actions));
        doc.Table([T("Field.Title"), T("Field.OwnerName"), T("Field.TargetGroup"), T("Field.Partners"), T("Field.Start"), T("Field.End"), T("Field.Status")],
            report.ActionsInOrder.Select(a => (IReadOnlyList<string>)[a.Title, a.OwnerName, a.TargetGroup, a.Partners, Date(a.Start), Date(a.End), Status(a.Status)]));
        foreach (var a in report.ActionsInOrder.Where(a => a.Description.Length > 0))
        {
            doc.Heading(a.Title, 2);
            doc.Text(a.Description);
        }

        doc.Heading(Section(PlanSection.Partners));
        doc.Table([T("Field.Name"), T("Field.Role")], plan.Partners.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (IReadOnlyList<string>)[p.Name, p.Role]));

        doc.Heading(Section(PlanSection.Timeline));
        doc.Table([T("Field.Title"), T("Field.Start"), T("Field.End"), T("Timeline.Duration")],
            report.ActionsInOrder.Select(a => (IReadOnlyList<string>)[a.Title, Date(a.Start), Date(a.End), F("Timeline.Days", a.End.DayNumber - a.Start.DayNumber + 1)]));

        doc.Heading(Section(PlanSection.Budget));
        BudgetTable(doc, report);
        doc.Text(F("Budget.Totals", InputParsing.Money(report.Budget.Subsidy), InputParsing.Money(report.Budget.OwnContribution),
            InputParsing.Money(report.Budget.Other), InputParsing.Money(report.Budget.PlannedTotal)));
        foreach (var problem in report.Budget.Problems) doc.Text("⚠ " + problem);

        doc.Heading(Section(PlanSection.Kpis));
        KpiTables(doc, report.Kpis);

        doc.Heading(Section(PlanSection.FollowUp));
        doc.Text(plan.FollowUp);
        foreach (var r in plan.Reports.OrderBy(r => r.On))
        {
            doc.Heading(F("Report.Heading", Date(r.On)), 2);
            doc.Text(r.Text);
        }

        return doc.ToArray();
    }

    /// <summary>The subsidy accountability report: what was planned and what was done, what was budgeted and spent, KPI results.</summary>
    public static byte[] Accountability(PlanReport report)
    {
        var plan = report.Plan;
        using var doc = new DocxWriter(F("Account.Title", plan.Title), CultureInfo.CurrentUICulture.Name);
        doc.Heading(F("Account.Title", plan.Title), 0);
        doc.Text(F("Account.Intro", plan.StartYear, plan.EndYear, Date(report.Today)));
        if (plan.AdoptedOn is not null) doc.Text(F("Doc.Adopted", plan.AdoptedBy, Date(plan.AdoptedOn)));

        doc.Heading(T("Account.PlannedVersusExecuted"));
        var counted = plan.Actions.Where(a => a.Status != ActionStatus.Geannuleerd).ToList();
        doc.Text(F("Account.ActionsDone", counted.Count(a => a.Status == ActionStatus.Afgerond), counted.Count,
            plan.Actions.Count(a => a.IsOverdue(report.Today))));
        doc.Table([T("Field.Title"), T("Field.End"), T("Field.Status"), T("Field.CompletedOn"), T("Field.ProgressNote")],
            report.ActionsInOrder.Select(a => (IReadOnlyList<string>)[a.Title, Date(a.End), Status(a.Status), Date(a.CompletedOn), a.ProgressNote]));

        doc.Heading(T("Account.BudgetVersusSpending"));
        BudgetTable(doc, report);
        doc.Table([T("Field.Source"), T("Field.Planned"), T("Field.Spent")],
            Enum.GetValues<FundingSource>().Select(s => (IReadOnlyList<string>)[Source(s),
                InputParsing.Money(plan.BudgetLines.Where(l => l.Source == s).Sum(l => l.Planned)),
                InputParsing.Money(plan.BudgetLines.Where(l => l.Source == s).Sum(l => l.Spent))]));
        foreach (var problem in report.Budget.Problems) doc.Text("⚠ " + problem);

        doc.Heading(T("Account.KpiResults"));
        KpiTables(doc, report.Kpis);
        return doc.ToArray();
    }

    /// <summary>The dated top-themes snapshot stored with the plan, as a titled table.</summary>
    private static void ThemeSnapshot(DocxWriter doc, ActionPlan plan)
    {
        if (plan.ThemeSnapshotAt is not { } taken) return;
        var when = Shell.BelgianTime.Format(taken);
        doc.Heading(F("ThemeSnapshot.Caption", when, Platform.Themes.IThemeSnapshotSource.RecentDays), 2);
        if (plan.ThemeSnapshot.Count == 0)
        {
            doc.Text(F("ThemeSnapshot.Empty", when));
            return;
        }

        var ci = CultureInfo.CurrentCulture;
        doc.Table([T("ThemeSnapshot.Rank"), T("ThemeSnapshot.Theme"), T("ThemeSnapshot.Messages"), F("ThemeSnapshot.Recent", Platform.Themes.IThemeSnapshotSource.RecentDays),
                T("ThemeSnapshot.Harmful"), T("ThemeSnapshot.Trend")],
            plan.ThemeSnapshot.OrderBy(t => t.Rank).Select(t => (IReadOnlyList<string>)[t.Rank.ToString(ci), t.Label, t.MessageCount.ToString(ci),
                t.RecentCount.ToString(ci), t.HarmfulCount.ToString(ci), Trend(t.Trend)]));
    }

    private static void BudgetTable(DocxWriter doc, PlanReport report) =>
        doc.Table([T("Field.Year"), T("Field.Action"), T("Field.Description"), T("Field.Source"), T("Field.Planned"), T("Field.Spent")],
            report.Plan.BudgetLines.OrderBy(b => b.Year).ThenBy(b => report.ActionTitle(b.ActionId), StringComparer.CurrentCulture)
                .Select(b => (IReadOnlyList<string>)[b.Year.ToString(CultureInfo.InvariantCulture), report.ActionTitle(b.ActionId), b.Description,
                    Source(b.Source), InputParsing.Money(b.Planned), InputParsing.Money(b.Spent)]));

    private static void KpiTables(DocxWriter doc, IReadOnlyList<KpiResult> kpis)
    {
        doc.Table([T("Field.Name"), T("Field.Baseline"), T("Field.Target"), T("Kpi.Current"), T("Field.Unit"), T("Field.Source"), T("Kpi.Reached")],
            kpis.Select(k => (IReadOnlyList<string>)[k.Kpi.Name, Num(k.Kpi.Baseline), Num(k.Kpi.Target), Num(k.Current), k.Kpi.Unit,
                KpiSourceText(k), k.Reached is null ? "–" : T(k.Reached.Value ? "Common.Yes" : "Common.No")]));
        foreach (var k in kpis.Where(k => k.Kpi.Kind == KpiKind.Custom && k.Points.Count > 0))
        {
            doc.Heading(k.Kpi.Name, 2);
            doc.Image(KpiChart.Png(k), KpiChart.Width, KpiChart.Height, F("Kpi.ChartDescription", k.Kpi.Name));
            doc.Table([T("Kpi.Period"), T("Field.Value")], k.Points.Select(p => (IReadOnlyList<string>)[Date(p.On), InputParsing.Format(p.Value)]));
        }
    }

    public static string KpiSourceText(KpiResult k) => k.Kpi.Kind switch
    {
        KpiKind.Custom when k.Kpi.IndicatorKey is not null => F("Kpi.BoundTo", k.IndicatorLabel ?? k.Kpi.IndicatorKey),
        KpiKind.Custom => k.Kpi.Source,
        _ => T("Kpi.Milestone"),
    };

    private static string Num(double? v) => v is { } x ? InputParsing.Format(x) : "–";
}
