using System.Text.Json;
using Samenspraak.Cli;
using Samenspraak.Cli.Evaluate;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class EvaluateTests : IDisposable
{
    private const double Tolerance = 1e-9;

    // Header on line 1, so item k sits on line k + 1. Item 6 is train, item 8 has an invalid label (line 9).
    private const string Labelled =
        "id\tsplit\ttext\thate\ttoxicity\tcase\n" +
        "1\tdev\tHAAT een\t1\t0\tderogation\n" +
        "2\tdev\tHAAT twee dom\t1\t1\tderogation\n" +
        "3\tdev\tgewoon\t1\t0\timplicit\n" +
        "4\tdev\tHAAT citaat\t0\t0\tquote_condemn\n" +
        "5\tdev\tneutraal\t0\t0\tneutral\n" +
        "6\ttrain\tHAAT\t1\t0\tderogation\n" +
        "7\tdev\tdom\t0\t1\tindividual_abuse\n" +
        "8\tdev\tx\t0\t2\tneutral\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A stand-in engine with known scores: hate 0.9 on "HAAT" (else 0.2), toxicity 0.7 on "dom" (else 0.1).</summary>
    private static AnalysisResult Known(string text)
    {
        var hate = text.Contains("HAAT", StringComparison.Ordinal) ? 0.9 : 0.2;
        var toxicity = text.Contains("dom", StringComparison.Ordinal) ? 0.7 : 0.1;
        return new AnalysisResult
        {
            Language = "nl",
            Harmful = hate >= 0.5,
            Signals = [.. Signals.All.Select(s => s switch
            {
                Signal.Hate => new SignalScore(hate, hate >= 0.5, Band.Laag),
                Signal.Toxicity => new SignalScore(toxicity, toxicity >= 0.5, Band.Laag),
                _ => new SignalScore(0.01, false, Band.Laag),
            })],
            Targets = [],
            Evidence = [],
            Model = "bekend",
        };
    }

    private (EvaluationOutcome Outcome, string Stderr) EvaluateKnown(string? split)
    {
        var file = _temp.File("labelled.tsv", Labelled);
        var stderr = new StringWriter();
        var console = new CliConsole(Stream.Null, new MemoryStream(), stderr, false);
        var outcome = new LabelledEvaluator(Known, "bekend", console, threads: 2).Run(file, [file], split);
        return (outcome, stderr.ToString());
    }

    [Fact]
    public void MetricsOnTheDevSplitMatchTheHandComputation()
    {
        var (outcome, stderr) = EvaluateKnown("dev");
        var report = outcome.Report;

        Assert.Equal(6, report.Items);
        var hate = report[Signal.Hate];
        Assert.Equal(new Analysis.Evaluation.ConfusionCounts(2, 1, 1, 2), hate.Counts);
        Assert.Equal(2d / 3, hate.Precision, Tolerance);
        Assert.Equal(2d / 3, hate.Recall, Tolerance);
        Assert.Equal(2d / 3, hate.F1, Tolerance);
        // Bin 9: three items at 0.9, two positive (gap 0.2333); bin 2: three at 0.2, one positive (gap 0.1333).
        Assert.Equal(1.1 / 6, hate.ExpectedCalibrationError, Tolerance);

        var toxicity = report[Signal.Toxicity];
        Assert.Equal(new Analysis.Evaluation.ConfusionCounts(2, 0, 0, 4), toxicity.Counts);
        Assert.Equal(1d, toxicity.F1, Tolerance);
        Assert.Equal(1d / 6, toxicity.ExpectedCalibrationError, Tolerance);

        Assert.False(report[Signal.Threat].Evaluated);
        Assert.False(report[Signal.Disinformation].Evaluated);
        Assert.Equal(((2d / 3) + 1) / 2, report.MacroF1, Tolerance);

        Assert.Equal(1, outcome.Skipped);
        Assert.Contains("regel 9 overgeslagen: ongeldig label '2' in kolom 'toxicity'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AccuracyPerCaseMatchesTheHandComputation()
    {
        var cases = EvaluateKnown("dev").Outcome.Cases.ToDictionary(c => c.Case);

        Assert.Equal(["derogation", "implicit", "individual_abuse", "neutral", "quote_condemn"], cases.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((2L, 2L, 2L), (cases["derogation"].Count, cases["derogation"].HateCorrect, cases["derogation"].AllCorrect));
        Assert.Equal(0d, cases["implicit"].HateAccuracy);
        Assert.Equal(0d, cases["quote_condemn"].AllSignalsAccuracy);
        Assert.Equal(1d, cases["individual_abuse"].AllSignalsAccuracy);
    }

    [Fact]
    public void WithoutASplitFilterTheTrainItemCountsToo()
    {
        var report = EvaluateKnown(split: null).Outcome.Report;

        Assert.Equal(7, report.Items);
        Assert.Equal(3, report[Signal.Hate].Counts.TruePositives);
    }

    [Fact]
    public void JsonReportCarriesTheRoundedFigures()
    {
        var (outcome, _) = EvaluateKnown("dev");
        var buffer = new MemoryStream();

        EvaluationJson.Write(buffer, outcome);

        using var doc = JsonDocument.Parse(buffer.ToArray());
        var hate = doc.RootElement.GetProperty("signals")[0];
        Assert.Equal("hate", hate.GetProperty("signal").GetString());
        Assert.Equal(0.6667, hate.GetProperty("f1").GetDouble());
        Assert.Equal(0.1833, hate.GetProperty("ece").GetDouble());
        Assert.Equal(1, hate.GetProperty("fp").GetInt32());
        Assert.False(doc.RootElement.GetProperty("signals")[2].GetProperty("evaluated").GetBoolean());
        Assert.Equal(0.8333, doc.RootElement.GetProperty("macro").GetProperty("f1").GetDouble());
        Assert.Equal("dev", doc.RootElement.GetProperty("split").GetString());
    }

    [Fact]
    public void TheCommandPrintsATableAndReportsSkippedLinesWithExitFour()
    {
        var file = _temp.File("labelled.tsv", Labelled);

        var run = CliHarness.Run("evaluate", file, "--split", "dev", "--by-case");

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Contains("hate (haatspraak)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("niet geëvalueerd", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("quote_condemn", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("6 items", run.Stdout, StringComparison.Ordinal);
        // Redirected output (a file, a pipe, this test) is plain text: no colour codes in reports.
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandWritesJsonAndAcceptsAFolderOfTsvFiles()
    {
        _temp.File("a.tsv", "id\ttext\thate\n1\tEen gewone zin over de markt\t0\n");
        _temp.File("b.tsv", "id\ttext\thate\n2\tNog een gewone zin over de bib\t0\n");
        _temp.File("genegeerd.csv", "id,text,hate\n3,niet meegeteld,1\n");

        var run = CliHarness.Run("evaluate", _temp.Path, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("items").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal(2, doc.RootElement.GetProperty("signals")[0].GetProperty("tn").GetInt32() + doc.RootElement.GetProperty("signals")[0].GetProperty("fp").GetInt32());
    }

    [Fact]
    public void AFileWithoutAnySignalColumnExitsWithThree()
    {
        var run = CliHarness.Run("evaluate", _temp.File("geen.tsv", "id\ttext\n1\thallo\n"));

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("geen enkele signaalkolom", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileOrEmptyFolderExitsWithTwo()
    {
        Assert.Equal(ExitCodes.FileError, CliHarness.Run("evaluate", _temp.Combine("weg.tsv")).ExitCode);
        Directory.CreateDirectory(_temp.Combine("leeg"));
        var run = CliHarness.Run("evaluate", _temp.Combine("leeg"));
        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("geen .tsv-bestanden", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ASplitFilterWithoutASplitColumnWarnsAndUsesEverything()
    {
        var run = CliHarness.Run("evaluate", _temp.File("zonder.tsv", "id\ttext\thate\n1\thallo\t0\n"), "--split", "dev", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("geen kolom 'split'", run.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("items").GetInt32());
    }
}
