using Samenspraak.Analysis;
using Samenspraak.Analysis.Training;
using Samenspraak.Cli.Resources;
using Spectre.Console;

namespace Samenspraak.Cli.Train;

/// <summary>Prints a training report: data sizes, dev figures per signal and the artifacts written.</summary>
internal static class TrainingReportPrinter
{
    public static void Write(CliConsole console, TrainingReport report)
    {
        var ansi = console.Ansi(console.OutText, console.OutIsTerminal);
        ansi.WriteLine(CliTexts.TrainSummary(report.ModelVersion, report.TrainCount, report.DevCount, report.CovidTrainCount, report.CovidDevCount));
        var table = new Table().AddColumn(CliTexts.ColumnSignal);
        foreach (var header in new[] { CliTexts.ColumnDevPositives, CliTexts.ColumnPrecision, CliTexts.ColumnRecall, "F1", CliTexts.ColumnThreshold })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }
        foreach (var s in report.CovidDisinformation is { } covid ? report.Signals.Append(covid) : report.Signals)
        {
            var name = ReferenceEquals(s, report.CovidDisinformation) ? CliTexts.CovidDevRow : s.Signal.MachineName();
            table.AddRow(Markup.Escape(name), $"{s.DevPositives}/{s.DevCount}", Ratio(s.Precision), Ratio(s.Recall), Ratio(s.F1), Ratio(s.Threshold));
        }
        ansi.Write(table);
        foreach (var artifact in report.Artifacts)
        {
            ansi.WriteLine(CliTexts.TrainArtifact(artifact.Path, artifact.Bytes, artifact.Sha256));
        }
    }

    private static string Ratio(double value) => value.ToString("0.000", CliTexts.Culture);
}
