using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Input;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class PlainReporterTests
{
    [Fact]
    public void ProgressLinesShowCountAndShareOfTheFileUnlessQuiet()
    {
        var error = new StringWriter();
        var reporter = new PlainReporter(error, quiet: false, totalBytes: 2000, interval: TimeSpan.Zero);

        reporter.Progress(1500, 0, 500);

        Assert.Matches(@"^1\.500 berichten geanalyseerd \([\d.]+ per seconde, 25% van het bestand\)…", error.ToString());
    }

    [Fact]
    public void QuietSuppressesProgressButNotProblems()
    {
        var error = new StringWriter();
        var reporter = new PlainReporter(error, quiet: true, totalBytes: null, interval: TimeSpan.Zero);

        reporter.Progress(10, 0, 100);
        reporter.Problem(new InputProblem(7, "geen JSON-object"), stopping: false);

        Assert.Equal("Regel 7 overgeslagen: geen JSON-object.", error.ToString().Trim());
    }

    [Fact]
    public void ProgressIsThrottledToTheInterval()
    {
        var error = new StringWriter();
        var reporter = new PlainReporter(error, quiet: false, totalBytes: null, interval: TimeSpan.FromHours(1));

        reporter.Progress(1000, 0, 100);
        reporter.Progress(2000, 0, 200);

        Assert.Equal(string.Empty, error.ToString());
    }
}
