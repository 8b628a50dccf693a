using System.Text;
using Samenspraak.Analysis.Engine;

namespace Samenspraak.Analysis.Tests;

/// <summary>Long texts are analysed in windows: same verdict on the harmful part, evidence on the original offsets.</summary>
public class LongTextTests
{
    private const string Neutral = "De gemeenteraad besprak gisteren het nieuwe mobiliteitsplan en de heraanleg van het marktplein. ";
    private const string Hateful = "Die moslims zijn ratten die je moet uitroeien.";

    private static string LongText(int neutralSentences, string tail)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < neutralSentences; i++)
        {
            sb.Append(Neutral);
        }

        return sb.Append(tail).ToString();
    }

    [Fact]
    public void HateAtTheEndOfALongPostIsFoundWithEvidenceOnTheOriginalText()
    {
        var text = LongText(600, Hateful);
        Assert.True(text.Length > 20 * LongTextWindows.WindowLength);

        var result = TextAnalyzer.Default.Analyze(text, AnalysisOptions.Explained);

        Assert.True(result.Harmful);
        Assert.True(result[Signal.Hate].Flagged);
        Assert.True(result[Signal.Hate].Band >= Band.Hoog);
        Assert.Contains(TargetGroup.Religion, result.Targets);
        Assert.Equal("nl", result.Language);
        Assert.NotNull(result.Explanations);
        Assert.NotEmpty(result.Evidence);
        foreach (var span in result.Evidence)
        {
            Assert.Equal(span.Text, text.Substring(span.Start, span.Length));
            Assert.True(span.Start >= text.Length - Hateful.Length, "Evidence must point into the hateful tail.");
        }
    }

    [Fact]
    public void ALongNeutralPostStaysNeutral()
    {
        var result = TextAnalyzer.Default.Analyze(LongText(300, "Bedankt voor de uitleg."));

        Assert.False(result.Harmful);
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void WindowsEndAtSentenceOrWordBoundariesAndCoverTheWholeText()
    {
        var text = LongText(100, Hateful);
        var covered = 0;
        while (covered < text.Length)
        {
            var end = LongTextWindows.WindowEnd(text, covered);
            Assert.InRange(end - covered, 1, LongTextWindows.WindowLength);
            Assert.True(end == text.Length || text[end - 1] is '.' or ' ', $"Window ends mid-word at {end}.");
            covered = end;
        }

        Assert.Equal(text.Length, covered);
    }

    [Fact]
    public void AHardCutNeverSplitsAnEmoji()
    {
        var text = string.Concat(Enumerable.Repeat("🐀", LongTextWindows.WindowLength));

        var end = LongTextWindows.WindowEnd(text, 0);

        Assert.False(char.IsHighSurrogate(text[end - 1]));
        Assert.Equal(0, end % 2);
    }

    [Fact]
    public void ShortTextsAreAnalysedInOnePieceAsBefore()
    {
        var text = LongText(1, Hateful);
        Assert.True(text.Length < LongTextWindows.WindowLength);

        var a = TextAnalyzer.Default.Analyze(text);
        var b = TextAnalyzer.Default.Analyze(text);

        Assert.Equal(a.Signals, b.Signals);
        Assert.Equal(a.Evidence, b.Evidence);
    }
}
