using System.CommandLine;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>`samenspraak analyze INPUT`: CSV, TSV or NDJSON in, the NDJSON analysis contract out.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = CliTexts.AnalyzeInputDescription };
        var output = new Option<string?>("--output", "-o") { Description = CliTexts.AnalyzeOutputDescription, HelpName = "FILE" };
        var explain = new Option<bool>("--explain") { Description = CliTexts.AnalyzeExplainDescription };
        var onError = new Option<string>("--on-error") { Description = CliTexts.AnalyzeOnErrorDescription, DefaultValueFactory = _ => "skip" };
        onError.AcceptOnlyFromAmong("skip", "fail");
        var claims = new Option<string?>("--claims") { Description = CliTexts.AnalyzeClaimsDescription, HelpName = "CLAIMS_FILE" };
        var threads = new Option<int>("--threads") { Description = CliTexts.AnalyzeThreadsDescription, DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError(CliTexts.ErrorThreadsRange);
            }
        });
        var format = new Option<string>("--format") { Description = CliTexts.AnalyzeFormatDescription, DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "csv", "tsv", "ndjson");
        var maxLine = new Option<int>("--max-line-mb") { Description = CliTexts.AnalyzeMaxLineDescription, DefaultValueFactory = _ => 10, HelpName = "MB" };
        maxLine.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError(CliTexts.ErrorMaxLineRange);
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = CliTexts.QuietDescription };

        var command = new Command("analyze", CliTexts.AnalyzeDescription)
        {
            input, output, explain, onError, claims, threads, format, maxLine, quiet,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new AnalyzeRequest(
                parse.GetRequiredValue(input),
                parse.GetValue(output),
                parse.GetValue(explain),
                parse.GetValue(onError) == "fail" ? OnErrorMode.Fail : OnErrorMode.Skip,
                parse.GetValue(claims),
                parse.GetValue(threads),
                Enum.Parse<InputFormat>(parse.GetValue(format) ?? "auto", ignoreCase: true),
                parse.GetValue(maxLine) * 1024 * 1024,
                parse.GetValue(quiet));
            return AnalyzeRun.ExecuteAsync(console, request, cancellationToken);
        });
        HelpEpilogue.Set(command, CliTexts.AnalyzeExitCodes);
        return command;
    }
}
