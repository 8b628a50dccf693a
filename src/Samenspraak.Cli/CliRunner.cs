using System.CommandLine;
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
        var parse = root.Parse(args);
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
