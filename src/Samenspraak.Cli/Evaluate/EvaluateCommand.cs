using System.CommandLine;
using Samenspraak.Analysis;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Evaluate;

/// <summary>`samenspraak evaluate FILE|FOLDER`: precision, recall, F1, calibration and confusion counts per signal.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("FILE") { Description = CliTexts.EvaluateInputDescription };
        var format = new Option<string>("--format") { Description = CliTexts.EvaluateFormatDescription, DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var byCase = new Option<bool>("--by-case") { Description = CliTexts.EvaluateByCaseDescription };
        var split = new Option<string?>("--split") { Description = CliTexts.EvaluateSplitDescription, HelpName = "SPLIT" };
        var threads = new Option<int>("--threads") { Description = CliTexts.AnalyzeThreadsDescription, DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError(CliTexts.ErrorThreadsRange);
            }
        });

        var command = new Command("evaluate", CliTexts.EvaluateDescription)
        {
            path, format, byCase, split, threads,
        };
        command.SetAction(parse => Execute(console, new EvaluateRequest(
            parse.GetRequiredValue(path),
            parse.GetValue(format) == "json" ? ReportFormat.Json : ReportFormat.Table,
            parse.GetValue(byCase),
            parse.GetValue(split),
            parse.GetValue(threads))));
        HelpEpilogue.Set(command, CliTexts.EvaluateExitCodes);
        return command;
    }

    internal static int Execute(CliConsole console, EvaluateRequest request)
    {
        var files = ResolveFiles(request.Path);
        var outcome = new LabelledEvaluator(TextAnalyzer.Default, console, request.Threads).Run(request.Path, files, request.Split);
        if (request.Format == ReportFormat.Json)
        {
            EvaluationJson.Write(console.Out, outcome);
            console.Out.Flush();
        }
        else
        {
            EvaluationTable.Write(console, outcome, request.ByCase);
        }
        if (outcome.Skipped > 0)
        {
            console.Error.WriteLine(CliTexts.AnalyzeSkippedSummary(outcome.Skipped));
            return ExitCodes.LinesSkipped;
        }
        return ExitCodes.Ok;
    }

    /// <summary>A file, "-" for stdin, or a folder meaning all its *.tsv files in name order.</summary>
    internal static IReadOnlyList<string> ResolveFiles(string path)
    {
        if (path == Input.InputOpener.StdinName || File.Exists(path))
        {
            return [path];
        }
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new CliException(ExitCodes.FileError, CliTexts.ErrorNoTsvInFolder(path));
        }
        throw new CliException(ExitCodes.FileError, CliTexts.ErrorFileNotFound(path));
    }
}
