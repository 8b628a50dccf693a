using System.Security.Cryptography;
using Samenspraak.Analysis.Training;

namespace Samenspraak.Analysis.Tests;

public class TrainingTests
{
    private static readonly string[] Rows =
    [
        "t-1\ttrain\tMoslims zijn ratten\t1\t1\t0\t1\t0\t0\t0\treligion\tstandard\tmoskee\tdehumanisation",
        "t-2\ttrain\tDe moskee opent morgen de deuren\t0\t0\t0\t0\t0\t0\t0\t\tstandard\tmoskee\tneutral_group",
        "t-3\ttrain\tIk haat vluchtelingen\t1\t1\t0\t0\t0\t0\t0\torigin\tstandard\tasiel\tderogation",
        "t-4\ttrain\tVerdomme alweer file\t0\t0\t0\t0\t0\t0\t0\t\tstandard\tmobiliteit\tprofanity_untargeted",
        "t-5\ttrain\tIk steek u neer\t0\t1\t1\t0\t0\t0\t0\t\tflemish\tandere\tthreat_direct",
        "t-6\ttrain\tWakker worden schapen, plandemie\t0\t0\t0\t0\t0\t0\t1\t\tstandard\tcovid\tdisinfo_conspiracy",
        "t-7\ttrain\tDie van de overkant zijn allemaal profiteurs, wij niet\t0\t0\t0\t0\t1\t0\t0\t\tstandard\tstad\tpolarisation",
        "t-8\ttrain\tDie gast woont Kerkstraat 12, bel hem 0475 12 34 56\t0\t0\t0\t0\t0\t1\t0\t\tstandard\tstad\tdoxxing",
        "t-9\tdev\tVluchtelingen zijn kakkerlakken\t1\t1\t0\t1\t0\t0\t0\torigin\tstandard\tasiel\tdehumanisation",
        "t-10\tdev\tHet stadhuis is vandaag gesloten\t0\t0\t0\t0\t0\t0\t0\t\tstandard\tstad\tneutral",
    ];

    private static string WriteCorpus()
    {
        var dir = Path.Combine(Path.GetTempPath(), "samenspraak-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, "tiny.tsv"),
            ["id\tsplit\ttext\thate\ttoxicity\tthreat\tdehumanisation\tpolarisation\tdoxxing\tdisinformation\ttargets\tregister\ttopic\tcase", .. Rows]);
        return dir;
    }

    [Fact]
    public void TrainingATinyCorpusIsDeterministic()
    {
        var corpus = WriteCorpus();
        var outA = Path.Combine(corpus, "a");
        var outB = Path.Combine(corpus, "b");
        var a = ModelTrainer.Train(new TrainingOptions(corpus, null, null, outA));
        var b = ModelTrainer.Train(new TrainingOptions(corpus, null, null, outB));
        Assert.Equal(Signals.Count, a.Signals.Count);
        Assert.Equal(8, a.TrainCount);
        Assert.Equal(2, a.DevCount);
        Assert.Equal(a.Artifacts.Select(x => x.Sha256), b.Artifacts.Select(x => x.Sha256));
        foreach (var file in Directory.GetFiles(outA))
        {
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(file)), SHA256.HashData(File.ReadAllBytes(Path.Combine(outB, Path.GetFileName(file)))));
        }
        Directory.Delete(corpus, recursive: true);
    }

    [Fact]
    public void RetrainingWithSharedDataReproducesCommittedLexicon()
    {
        var lexicons = Path.Combine(RepositoryRoot(), "..", "shared", "data", "lexicons");
        if (!Directory.Exists(lexicons))
        {
            Assert.Skip("../shared/data is not available on this machine.");
        }
        var built = ExternalLexiconBuilder.Build(lexicons);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Samenspraak.Analysis", "Models", "lexicon-external.txt"));
        Assert.Equal(committed, built);
    }

    [Fact]
    public void EmbeddedArtifactsStayWithinSizeBudget()
    {
        var models = Path.Combine(RepositoryRoot(), "src", "Samenspraak.Analysis", "Models");
        var total = Directory.GetFiles(models).Where(f => !f.EndsWith(".cs", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
        Assert.InRange(total, 1, 20L * 1024 * 1024);
        Assert.StartsWith("samenspraak-nl-", TextAnalyzer.Default.ModelVersion, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot() =>
        Samenspraak.Cli.RepositoryPaths.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Repository root not found.");
}
