using System.CommandLine;
using Samenspraak.Analysis.Training;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Train;

/// <summary>`samenspraak train`: reproduces the committed model artifacts from the corpus and the shared data.</summary>
public static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string?>("--corpus") { Description = CliTexts.TrainCorpusDescription, HelpName = "PATH" };
        var covid = new Option<string?>("--covid") { Description = CliTexts.TrainCovidDescription, HelpName = "PATH" };
        var lexicons = new Option<string?>("--lexicons") { Description = CliTexts.TrainLexiconsDescription, HelpName = "PATH" };
        var output = new Option<string?>("--output", "-o") { Description = CliTexts.TrainOutputDescription, HelpName = "PATH" };
        var seed = new Option<int>("--seed") { Description = CliTexts.TrainSeedDescription, DefaultValueFactory = _ => 20261123 };
        var withoutShared = new Option<bool>("--without-shared-data") { Description = CliTexts.TrainWithoutSharedDescription };

        var command = new Command("train", CliTexts.TrainDescription)
        {
            corpus, covid, lexicons, output, seed, withoutShared,
        };
        command.SetAction(parse =>
        {
            var paths = TrainingPaths.Resolve(parse.GetValue(corpus), parse.GetValue(covid), parse.GetValue(lexicons), parse.GetValue(output), parse.GetValue(withoutShared));
            var options = new TrainingOptions(paths.Corpus, paths.Covid, paths.Lexicons, paths.Output, parse.GetValue(seed));
            var report = ModelTrainer.Train(options, new SynchronousProgress(console.Error));
            TrainingReportPrinter.Write(console, report);
            return ExitCodes.Ok;
        });
        HelpEpilogue.Set(command, CliTexts.TrainExitCodes);
        return command;
    }

    /// <summary>Writes progress lines as they come, on the training thread (Progress&lt;T&gt; would post them to the pool, out of order).</summary>
    private sealed class SynchronousProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine(value);
    }
}
