using System.CommandLine;
using Samenspraak.Cli;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class CliRunnerTests
{
    private static (int Exit, string Stderr) Invoke(Exception toThrow, params string[] args)
    {
        var stderr = new StringWriter();
        var console = new CliConsole(Stream.Null, new MemoryStream(), stderr, errorIsTerminal: false);
        var boom = new Command("boom");
        boom.SetAction((Func<ParseResult, int>)(_ => throw toThrow));
        var root = new RootCommand("test") { boom };
        var exit = CliRunner.InvokeAsync(root, args, console).GetAwaiter().GetResult();
        return (exit, stderr.ToString());
    }

    private static Exception Thrown()
    {
        try
        {
            throw new InvalidOperationException("de index is stuk");
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }
    }

    [Fact]
    public void AnUnexpectedErrorGivesADutchMessageAndExitSeventyWithoutAStackTrace()
    {
        var (exit, stderr) = Invoke(Thrown(), "boom");

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("Onverwachte fout (InvalidOperationException): de index is stuk", stderr, StringComparison.Ordinal);
        Assert.Contains("--verbose", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void VerboseAddsTheStackTrace()
    {
        var (exit, stderr) = Invoke(Thrown(), "boom", "--verbose");

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpectedFailureUsesItsOwnExitCodeAndMessage()
    {
        var (exit, stderr) = Invoke(new CliException(ExitCodes.InputFormat, "Het bestand is leeg."), "boom");

        Assert.Equal(ExitCodes.InputFormat, exit);
        Assert.Equal("Het bestand is leeg.", stderr.Trim());
    }

    [Fact]
    public void CancellationExitsWith130()
    {
        var (exit, stderr) = Invoke(new OperationCanceledException(), "boom");

        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.Contains("Onderbroken", stderr, StringComparison.Ordinal);
    }
}
