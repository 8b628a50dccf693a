using System.CommandLine;
using Samenspraak.Cli;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Database;
using Samenspraak.Cli.Evaluate;
using Samenspraak.Cli.Resources;
using Samenspraak.Cli.Train;
using Samenspraak.Cli.Users;

CliTexts.UseCultureFromEnvironment();
var console = CliConsole.FromProcess();

RootCommand root = new(CliTexts.RootDescription)
{
    AnalyzeCommand.Create(console),
    EvaluateCommand.Create(console),
    TrainCommand.Create(console),
    DbCommand.Create(console),
    UsersCommand.Create(console),
};

return await CliRunner.InvokeAsync(root, args, console);
