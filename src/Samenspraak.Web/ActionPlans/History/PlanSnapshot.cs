using System.Globalization;
using System.Text;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Rules;

namespace Samenspraak.Web.ActionPlans.History;

/// <summary>
/// Writes a plan as plain, stable text, one fact per line and sections in a fixed order, so that two snapshots
/// compare line by line into a diff a person can read ("- Budget: … € 5.000" / "+ Budget: … € 6.000").
/// Invariant formatting: the history must not change when someone switches language.
/// </summary>
public static class PlanSnapshot
{
    public static string Of(ActionPlan plan)
    {
        var s = new StringBuilder();
        void Line(string text) => s.Append(text).Append('\n');
        void Block(string heading, string text)
        {
            Line($"## {heading}");
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.Trim().Length > 0) Line(line.TrimEnd());
            }
        }

        var ci = CultureInfo.InvariantCulture;
        Line($"Titel: {plan.Title}");
        Line($"Periode: {plan.StartYear}-{plan.EndYear}");
        Line($"Status: {plan.Status}");
        if (plan.AdoptedBy is not null) Line($"Vastgesteld door: {plan.AdoptedBy} op {plan.AdoptedOn?.ToString("yyyy-MM-dd", ci)}");
        if (plan.Themes.Length > 0) Line($"Thema's: {plan.Themes}");
        foreach (var m in plan.Members.OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.Ordinal)) Line($"Lid: {m.DisplayName} | {m.Role}");
        Block("1. Context", plan.Context);
        if (plan.ThemeSnapshotAt is { } taken)
        {
            Line($"Momentopname thema's: {taken.UtcDateTime.ToString("yyyy-MM-dd HH:mm", ci)} UTC");
            foreach (var t in plan.ThemeSnapshot.OrderBy(t => t.Rank))
            {
                Line(string.Create(ci, $"Thema {t.Rank}: {t.Label} | {t.MessageCount} berichten | {t.RecentCount} recent | {t.HarmfulCount} schadelijk | {t.Trend}"));
            }
        }

        Block("2. Witte vlekken", plan.Gaps);
        Block("3. Doelstellingen", plan.Goals);
        Line("## 4. Acties");
        foreach (var a in plan.Actions.OrderBy(a => a.Start).ThenBy(a => a.Title, StringComparer.Ordinal))
        {
            Line($"Actie: {a.Title} | {a.OwnerName} | {a.Start:yyyy-MM-dd} - {a.End:yyyy-MM-dd} | {a.Status} | doelgroep {a.TargetGroup} | partners {a.Partners}");
            if (a.Description.Length > 0) Line($"  {a.Title}: {a.Description.ReplaceLineEndings(" ")}");
            if (a.ProgressNote.Length > 0) Line($"  {a.Title} voortgang: {a.ProgressNote.ReplaceLineEndings(" ")}");
        }

        Line("## 5. Partners");
        foreach (var p in plan.Partners.OrderBy(p => p.Name, StringComparer.Ordinal)) Line($"Partner: {p.Name} | {p.Role}");
        Line("## 7. Budget");
        var titles = plan.Actions.ToDictionary(a => a.Id, a => a.Title);
        foreach (var b in plan.BudgetLines.OrderBy(b => b.Year).ThenBy(b => titles.GetValueOrDefault(b.ActionId), StringComparer.Ordinal)
                     .ThenBy(b => b.Description, StringComparer.Ordinal))
        {
            Line(string.Create(ci, $"Budget: {b.Year} | {titles.GetValueOrDefault(b.ActionId)} | {b.Description} | {b.Source} | gepland {b.Planned:0.00} | besteed {b.Spent:0.00}"));
        }

        Line("## 8. KPI's");
        foreach (var k in plan.Kpis.OrderBy(k => k.Kind).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            Line(string.Create(ci, $"KPI: {k.Name} | basis {k.Baseline} | doel {k.Target} {k.Unit} | bron {k.Source} | indicator {k.IndicatorKey}"));
            foreach (var m in k.Measurements.OrderBy(m => m.On)) Line(string.Create(ci, $"  {k.Name} meting {m.On:yyyy-MM-dd}: {m.Value}"));
        }

        Block("9. Opvolging", plan.FollowUp);
        return s.ToString();
    }

    /// <summary>Short money text for summaries outside the snapshot.</summary>
    public static string Money(decimal amount) => InputParsing.Money(amount);
}
