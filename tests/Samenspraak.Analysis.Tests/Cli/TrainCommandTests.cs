using Samenspraak.Cli;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AMissingCorpusFolderGivesADutchMessageAndExitTwo()
    {
        var run = CliHarness.Run("train", "--corpus", _temp.Combine("geen-corpus"), "--output", _temp.Combine("uit"), "--without-shared-data");

        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("De gegevensmap", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("geen-corpus", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("uit")));
    }

    [Fact]
    public void AMissingSharedFolderIsNotSilentlyLeftOut()
    {
        Directory.CreateDirectory(_temp.Combine("corpus"));

        var run = CliHarness.Run("train", "--corpus", _temp.Combine("corpus"), "--output", _temp.Combine("uit"),
            "--covid", _temp.Combine("geen-covid"), "--lexicons", _temp.Combine("geen-lexicons"));

        Assert.Equal(ExitCodes.FileError, run.ExitCode);
        Assert.Contains("--without-shared-data", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainsATinyCorpusAndReportsTheArtifacts()
    {
        const string header = "id\tsplit\ttext\thate\ttoxicity\tthreat\tdehumanisation\tpolarisation\tdoxxing\tdisinformation\ttargets\tregister\ttopic\tcase";
        string[] rows =
        [
            "k-1\ttrain\tDie nieuwkomers zijn allemaal ongedierte\t1\t1\t0\t1\t0\t0\t0\torigin\tstandard\tasiel\tdehumanisation",
            "k-2\ttrain\tDe bibliotheek opent zondag een leeshoek\t0\t0\t0\t0\t0\t0\t0\t\tstandard\tstad\tneutral",
            "k-3\ttrain\tGij zijt ne sukkel, zwijg\t0\t1\t0\t0\t0\t0\t0\t\tflemish\tandere\tindividual_abuse",
            "k-4\ttrain\tIk kom u halen vanavond\t0\t1\t1\t0\t0\t0\t0\t\tstandard\tandere\tthreat_direct",
            "k-5\tdev\tDie mensen zijn ongedierte\t1\t1\t0\t1\t0\t0\t0\torigin\tstandard\tasiel\tdehumanisation",
            "k-6\tdev\tDe markt gaat door op het plein\t0\t0\t0\t0\t0\t0\t0\t\tstandard\tstad\tneutral",
        ];
        _temp.File("corpus/klein.tsv", string.Join('\n', [header, .. rows]) + "\n");
        var output = _temp.Combine("modellen");

        var run = CliHarness.Run("train", "--corpus", _temp.Combine("corpus"), "--output", output, "--without-shared-data");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("4 trainings- en 2 dev-items", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Geschreven: ", run.Stdout, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(output));
    }
}
