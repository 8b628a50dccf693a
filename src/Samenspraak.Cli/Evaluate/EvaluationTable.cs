using Samenspraak.Analysis;
using Samenspraak.Analysis.Evaluation;
using Samenspraak.Cli.Resources;
using Spectre.Console;

namespace Samenspraak.Cli.Evaluate;

/// <summary>Renders an evaluation as Spectre.Console tables on stdout.</summary>
internal static class EvaluationTable
{
    public static void Write(CliConsole console, EvaluationOutcome outcome, bool byCase)
    {
        var ansi = console.Ansi(console.OutText, console.OutIsTerminal);
        if (!console.OutIsTerminal)
        {
            // Redirected output has no terminal width; keep every column on one line for logs and diffs.
            ansi.Profile.Width = 160;
        }
        ansi.WriteLine(CliTexts.EvaluateHeader(outcome.Report.Items, outcome.Source, outcome.Files.Count, outcome.Split ?? CliTexts.AllSplits, outcome.Model));
        ansi.Write(SignalTable(outcome.Report));
        if (byCase)
        {
            ansi.Write(outcome.Cases.Count == 0 ? new Text(CliTexts.NoCaseColumn + Environment.NewLine) : CaseTable(outcome.Cases));
        }
    }

    private static Table SignalTable(EvaluationReport report)
    {
        var table = new Table().AddColumn(CliTexts.ColumnSignal);
        foreach (var header in new[] { CliTexts.ColumnSupport, "TP", "FP", "FN", "TN", CliTexts.ColumnPrecision, CliTexts.ColumnRecall, "F1", CliTexts.ColumnCalibration })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }
        foreach (var m in report.Signals)
        {
            var name = $"{m.Signal.MachineName()} ({m.Signal.DutchLabel()})";
            if (!m.Evaluated)
            {
                table.AddRow(Markup.Escape(name), $"[grey]{Markup.Escape(CliTexts.NotEvaluated)}[/]", "", "", "", "", "", "", "", "");
                continue;
            }
            var c = m.Counts;
            table.AddRow(Markup.Escape(name), Int(m.Support), Int(c.TruePositives), Int(c.FalsePositives), Int(c.FalseNegatives), Int(c.TrueNegatives),
                Ratio(m.Precision), Ratio(m.Recall), Ratio(m.F1), Ratio(m.ExpectedCalibrationError));
        }
        table.AddRow(Markup.Escape(CliTexts.MacroAverage), "", "", "", "", "", Ratio(report.MacroPrecision), Ratio(report.MacroRecall), Ratio(report.MacroF1), Ratio(report.MacroExpectedCalibrationError));
        return table;
    }

    private static Table CaseTable(IReadOnlyList<CaseAccuracy> cases)
    {
        var table = new Table()
            .AddColumn(CliTexts.ColumnCase)
            .AddColumn(new TableColumn(CliTexts.ColumnItems).RightAligned())
            .AddColumn(new TableColumn(CliTexts.ColumnHateAccuracy).RightAligned())
            .AddColumn(new TableColumn(CliTexts.ColumnAllAccuracy).RightAligned());
        foreach (var c in cases)
        {
            table.AddRow(Markup.Escape(c.Case), Int(c.Count), c.HateLabelled == 0 ? "" : Percent(c.HateAccuracy), Percent(c.AllSignalsAccuracy));
        }
        return table;
    }

    private static string Int(long value) => value.ToString("N0", CliTexts.Culture);

    private static string Ratio(double value) => value.ToString("0.000", CliTexts.Culture);

    private static string Percent(double value) => (value * 100).ToString("0.0", CliTexts.Culture) + " %";
}
