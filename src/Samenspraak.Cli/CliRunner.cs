using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli;

/// <summary>
/// Parses and invokes a root command with the top-level error policy: expected failures (<see cref="CliException"/>)
/// print their Dutch message and exit with their code; anything else is a bug and prints a short Dutch message, with
/// the stack trace only under --verbose.
/// </summary>
public static class CliRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var verbose = new Option<bool>("--verbose") { Description = CliTexts.VerboseDescription, Recursive = true };
        root.Options.Add(verbose);
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => CliTexts.HelpDescription,
                VersionOption => CliTexts.VersionDescription,
                _ => option.Description,
            };
        }
        HelpEpilogue.Install(root);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // In Dutch and short: the error and where to look, not the whole help text.
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine(CliTexts.UsageError(error.Message));
            }
            var command = parse.CommandResult.Command;
            console.Error.WriteLine(CliTexts.UsageHint(command is RootCommand ? root.Name : $"{root.Name} {command.Name}"));
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.OutText,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException ex)
        {
            console.Error.WriteLine(ex.Message);
            if (parse.GetValue(verbose) && ex.InnerException is { } inner)
            {
                console.Error.WriteLine(inner.ToString());
            }
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine(CliTexts.ErrorCancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine(CliTexts.ErrorUnexpected(ex.GetType().Name, ex.Message));
            console.Error.WriteLine(parse.GetValue(verbose) ? ex.ToString() : CliTexts.HintVerbose);
            return ExitCodes.InternalError;
        }
    }
}
