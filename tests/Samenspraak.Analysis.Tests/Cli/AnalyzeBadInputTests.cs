using System.Text;
using System.Text.Json;
using Samenspraak.Cli;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class AnalyzeBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] Ids(CliRun run) =>
        [.. run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInputFileExitsWithTwo()
    {
        var run = CliHarness.Run("analyze", _temp.Combine("bestaat-niet.csv"));

        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("niet gevonden", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void AFolderAsInputExitsWithTwo()
    {
        var run = CliHarness.Run("analyze", _temp.Path);

        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("is een map", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableOutputExitsWithTwo()
    {
        var input = _temp.File("in.csv", "id,text\n1,hallo\n");

        var run = CliHarness.Run("analyze", input, "-o", _temp.Combine("geen-map/uit.ndjson"));

        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("uitvoerbestand", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("leeg.csv", "")]
    [InlineData("wit.ndjson", "  \n\n \r\n")]
    public void EmptyInputExitsWithThree(string name, string content)
    {
        var run = CliHarness.Run("analyze", _temp.File(name, content));

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("is leeg", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void EmptyStdinExitsWithThree()
    {
        var run = CliHarness.Run([], "analyze", "-");

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("standaardinvoer", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTextColumnExitsWithThreeAndNamesTheColumnsFound()
    {
        var run = CliHarness.Run("analyze", _temp.File("fout.csv", "id,bericht\n1,hallo\n"));

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("'text' ontbreekt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("id, bericht", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void BinaryJunkExitsWithThree()
    {
        var junk = new byte[64 * 1024];
        new Random(42).NextBytes(junk);

        var run = CliHarness.Run("analyze", _temp.Bytes("foto.csv", junk));

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("binair bestand", run.Stderr, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void Utf16InputExitsWithThreeAndSaysHowToFixIt()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,text\n1,hallo\n")).ToArray();

        var run = CliHarness.Run("analyze", _temp.Bytes("utf16.csv", bytes));

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Contains("UTF-8", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8LineIsSkippedWithItsLineNumber()
    {
        var bytes = Encoding.UTF8.GetBytes("id,text\n1,goed\n2,fo")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("ut\n3,ook goed\n")).ToArray();

        var run = CliHarness.Run("analyze", _temp.Bytes("utf8.csv", bytes));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3"], Ids(run));
        Assert.Contains("Regel 3 overgeslagen: geen geldige UTF-8-tekst.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 regels overgeslagen", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenUnicodeEscapeInJsonIsSkippedNotFatal()
    {
        var file = _temp.File("surrogaat.ndjson",
            "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"text\":\"a\\ud800b\"}\n{\"id\":\"3\",\"text\":\"ok\"}\n");

        var run = CliHarness.Run("analyze", file);

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3"], Ids(run));
        Assert.Contains("Regel 2 overgeslagen: ongeldige JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineOverTenMegabytesIsSkippedWithoutStoppingTheRun()
    {
        var huge = new string('a', (10 * 1024 * 1024) + 10);
        var content = "{\"id\":\"1\",\"text\":\"voor\"}\n{\"id\":\"2\",\"text\":\"" + huge + "\"}\n{\"id\":\"3\",\"text\":\"na\"}\n";

        var run = CliHarness.Run("analyze", _temp.File("groot.ndjson", content));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3"], Ids(run));
        Assert.Contains("Regel 2 overgeslagen: de regel is langer dan 10 MB.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLineLimitIsConfigurable()
    {
        var content = "id,text\n1," + new string('b', (1024 * 1024) + 1) + "\n2,kort\n";

        var run = CliHarness.Run("analyze", _temp.File("mb.csv", content), "--max-line-mb", "1");

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["2"], Ids(run));
        Assert.Contains("Regel 2 overgeslagen: de regel is langer dan 1 MB.", run.Stderr, StringComparison.Ordinal);
    }

    private const string MixedNdjson =
        "{\"id\":\"1\",\"text\":\"een\"}\n" +
        "{\"id\":\"2\",\"text\":\"twee\"\n" +
        "{\"id\":\"3\",\"text\":\"drie\"}\n" +
        "{\"id\":\"4\"}\n" +
        "[1,2,3]\n" +
        "{\"id\":\"6\",\"text\":\"zes\"} extra\n" +
        "{\"id\":\"7\",\"text\":\"zeven\"}\n";

    [Fact]
    public void SkipReportsEveryMalformedLineWithItsNumberAndAnalysesTheRest()
    {
        var run = CliHarness.Run("analyze", _temp.File("gemengd.ndjson", MixedNdjson), "--on-error", "skip");

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3", "7"], Ids(run));
        var reported = run.Stderr.Split('\n').Where(l => l.StartsWith("Regel ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, reported.Length);
        Assert.StartsWith("Regel 2 overgeslagen: ongeldige JSON", reported[0], StringComparison.Ordinal);
        Assert.Equal("Regel 4 overgeslagen: het veld 'text' ontbreekt of is geen tekst.", reported[1].TrimEnd('\r'));
        Assert.Equal("Regel 5 overgeslagen: geen JSON-object.", reported[2].TrimEnd('\r'));
        Assert.StartsWith("Regel 6 overgeslagen: ongeldige JSON", reported[3], StringComparison.Ordinal);
        Assert.Contains("4 regels overgeslagen", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipIsTheDefault()
    {
        var run = CliHarness.Run("analyze", _temp.File("gemengd.ndjson", MixedNdjson));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3", "7"], Ids(run));
    }

    [Fact]
    public void FailStopsAtTheFirstMalformedLineAfterWritingTheLinesBeforeIt()
    {
        var run = CliHarness.Run("analyze", _temp.File("gemengd.ndjson", MixedNdjson), "--on-error", "fail");

        Assert.Equal(ExitCodes.InputFormat, run.ExitCode);
        Assert.Equal(["1"], Ids(run));
        Assert.Contains("Fout op regel 2: ongeldige JSON", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Gestopt bij regel 2", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Regel 4", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RaggedAndBrokenCsvRowsAreReportedUnderTheLineTheyStartOn()
    {
        var csv = "id,text\n" +
                  "1,\"twee\nregels\"\n" +      // lines 2-3
                  "2,te,veel,velden\n" +          // line 4
                  "3,\"dicht\"x\n" +              // line 5
                  "4,goed\n" +                    // line 6
                  "5,\"nooit gesloten\n" +        // line 7 to the end
                  "6,verloren\n";

        var run = CliHarness.Run("analyze", _temp.File("rafelig.csv", csv));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "4"], Ids(run));
        Assert.Contains("Regel 4 overgeslagen: 4 velden in plaats van 2 zoals in de kopregel.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Regel 5 overgeslagen: onverwacht teken na een afsluitend aanhalingsteken.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Regel 7 overgeslagen: aanhalingsteken niet afgesloten", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryJunkAfterAValidStartIsReportedPerLine()
    {
        var bytes = Encoding.UTF8.GetBytes("id,text\n1,goed\n" + new string('x', 9000) + "\n2,na")
            .Concat(new byte[] { 0, 1, 2, 0 })
            .Concat(Encoding.UTF8.GetBytes("\n3,ook goed\n")).ToArray();

        var run = CliHarness.Run("analyze", _temp.Bytes("later.csv", bytes));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["1", "3"], Ids(run));
        Assert.Contains("Regel 3 overgeslagen: 1 velden in plaats van 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Regel 4 overgeslagen: bevat binaire gegevens", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAThousandProblemLinesTheRestAreCountedNotListed()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < 1200; i++)
        {
            sb.Append("{kapot\n");
        }
        sb.Append("{\"id\":\"goed\",\"text\":\"hallo\"}\n");

        var run = CliHarness.Run("analyze", _temp.File("veel.ndjson", sb.ToString()));

        Assert.Equal(ExitCodes.LinesSkipped, run.ExitCode);
        Assert.Equal(["goed"], Ids(run));
        var listed = run.Stderr.Split('\n').Count(l => l.StartsWith("Regel ", StringComparison.Ordinal));
        Assert.Equal(1000, listed);
        Assert.Contains("Meer dan 1.000 foute regels", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1.200 regels overgeslagen", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "in.csv", "--on-error", "negeer")]
    [InlineData("analyze", "in.csv", "--threads", "0")]
    [InlineData("analyze", "in.csv", "--onbekend")]
    [InlineData("analyseer", "in.csv")]
    public void UsageErrorsExitWithOne(params string[] args)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Ongeldige opdracht: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help' voor de mogelijkheden", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void HelpDocumentsTheExitCodes()
    {
        var run = CliHarness.Run("analyze", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Afsluitcodes", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("4    klaar, maar foute regels overgeslagen", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--on-error", run.Stdout, StringComparison.Ordinal);
        Assert.True(run.Stdout.IndexOf("Options:", StringComparison.Ordinal) < run.Stdout.IndexOf("Afsluitcodes", StringComparison.Ordinal),
            "the exit codes follow the options");
    }

    [Fact]
    public void EachCommandsHelpHasItsOwnExitCodesAndTheRootListStaysShort()
    {
        var root = CliHarness.Run("--help");
        var evaluate = CliHarness.Run("evaluate", "--help");
        var train = CliHarness.Run("train", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.DoesNotContain("Afsluitcodes", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("analyze", root.Stdout, StringComparison.Ordinal);
        Assert.Contains("alle signaalkolommen ontbreken", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Contains("gegevensmap of repository niet gevonden", train.Stdout, StringComparison.Ordinal);
    }
}
