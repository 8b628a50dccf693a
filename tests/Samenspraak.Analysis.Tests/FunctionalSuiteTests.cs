namespace Samenspraak.Analysis.Tests;

/// <summary>
/// A functional suite written by the team (HateCheck-style case types: derogation, dehumanisation, threats, slurs,
/// pronoun reference, negation, questions, opinions, spelling variants versus identity statements, counter-speech,
/// negated hate and abuse of individuals, objects and non-protected groups), over 21 target groups.
/// It is not an independent test set (the rules were developed against it), but it guards against regressions.
/// </summary>
public class FunctionalSuiteTests
{
    private static readonly (string Case, bool Hateful, string Text)[] Suite =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "functional-suite.tsv"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1] == "1", f[2]))
            .ToArray();

    [Fact]
    public void SuiteIsLoaded() => Assert.True(Suite.Length > 1500);

    [Fact]
    public void HatefulVersusNotAccuracyHolds()
    {
        var analyzer = TextAnalyzer.Default;
        var perCase = Suite.GroupBy(s => s.Case).ToDictionary(
            g => g.Key,
            g => g.Count(s => analyzer.Analyze(s.Text)[Signal.Hate].Flagged == s.Hateful) / (double)g.Count());
        var overall = Suite.Count(s => analyzer.Analyze(s.Text)[Signal.Hate].Flagged == s.Hateful) / (double)Suite.Length;
        Assert.True(overall >= 0.9, $"overall accuracy {overall:0.000}");
        foreach (var (name, accuracy) in perCase)
        {
            Assert.True(accuracy >= 0.5, $"{name}: {accuracy:0.00}");
        }
    }
}
