namespace Samenspraak.Analysis.Tests;

public class EvidenceAndDeterminismTests
{
    [Theory]
    [InlineData("Ik haat M0SL1MS, het zijn r a t t e n.")]
    [InlineData("#WegMetDeMoslims zijn kakkerlakken")]
    [InlineData("ge zijt ne vuile flikker, ik steek u neer")]
    [InlineData("Die gast woont Kerkstraat 12, 9000 Gent, bel 0475 12 34 56")]
    [InlineData("Die vluchtelingen 🐀🐀 moeten terug")]
    public void EvidenceMapsToOriginalText(string text)
    {
        var r = TextAnalyzer.Default.Analyze(text, AnalysisOptions.Explained);
        Assert.NotEmpty(r.Evidence);
        foreach (var e in r.Evidence)
        {
            Assert.Equal(text.Substring(e.Start, e.Length), e.Text);
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
        }
        Assert.NotNull(r.Explanations);
        Assert.Equal(Signals.Count, r.Explanations!.Count);
    }

    [Fact]
    public void EvidenceCoversDeobfuscatedWord()
    {
        const string text = "Ik haat M0SL1MS.";
        var r = TextAnalyzer.Default.Analyze(text);
        Assert.Contains(r.Evidence, e => e.Text == "M0SL1MS");
    }

    private static readonly string[] Messages =
    [
        "Moslims zijn ratten.", "Dank je wel aan de vrijwilligers!", "Ik weet waar je woont, Kerkstraat 5", "Plandemie, wakker worden",
        "ge zijt ne sukkel", "Ik haat die vluchtelingen niet", "Bonjour à tous", "Wat een kutweer vandaag",
    ];

    [Fact]
    public void SameInputGivesSameOutput()
    {
        foreach (var m in Messages)
        {
            Assert.Equal(Describe(TextAnalyzer.Default.Analyze(m)), Describe(TextAnalyzer.Default.Analyze(m)));
        }
    }

    [Fact]
    public void ParallelEqualsSequential()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => Messages[i % Messages.Length] + (i % 3 == 0 ? "" : " " + i)).ToArray();
        var sequential = inputs.Select(m => Describe(TextAnalyzer.Default.Analyze(m))).ToArray();
        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Describe(TextAnalyzer.Default.Analyze(inputs[i])));
        Assert.Equal(sequential, parallel);
    }

    private static string Describe(AnalysisResult r) =>
        r.Language + "|" + string.Join(",", r.Signals.Select(s => s.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + s.Flagged))
        + "|" + string.Join(",", r.Evidence.Select(e => $"{e.Signal}:{e.Start}:{e.Length}")) + "|" + string.Join(",", r.Targets);
}
