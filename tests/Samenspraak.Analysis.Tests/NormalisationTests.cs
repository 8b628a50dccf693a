using Samenspraak.Analysis.Normalisation;

namespace Samenspraak.Analysis.Tests;

public class NormalisationTests
{
    private static string Normalise(string text)
    {
        var n = new NormalisedText();
        Normaliser.Normalise(text, n);
        return new string(n.Span).Trim();
    }

    [Theory]
    [InlineData("M0SL1MS", "moslims")]
    [InlineData("k4nk3r", "kanker")]
    [InlineData("k a n k e r", "kanker")]
    [InlineData("k.u.t", "kut")]
    [InlineData("m o s l i m s", "moslims")]
    [InlineData("Ｍｏｓｌｉｍｓ", "moslims")]
    [InlineData("mоslims", "moslims")] // Cyrillic о
    [InlineData("mos\u200Blims", "moslims")]
    [InlineData("Café Één", "cafe een")]
    [InlineData("kuuuuut", "kuut")]
    public void UndoesObfuscation(string input, string expected) => Assert.Equal(expected, Normalise(input));

    [Fact]
    public void SplitsCamelCaseHashtags() => Assert.Equal("weg met de moslims", Normalise("#WegMetDeMoslims"));

    [Fact]
    public void MasksMentionsUrlsAndEmails()
    {
        var n = Normalise("@JanPeeters kijk https://x.be/a of mail jan@voorbeeld.be");
        Assert.DoesNotContain("janpeeters", n, StringComparison.Ordinal);
        Assert.Contains(Normaliser.MentionWord, n, StringComparison.Ordinal);
        Assert.Contains(Normaliser.UrlWord, n, StringComparison.Ordinal);
        Assert.Contains(Normaliser.EmailWord, n, StringComparison.Ordinal);
    }

    [Fact]
    public void EmojiStandInsBecomeWords() => Assert.Contains("ratten", Normalise("moslims 🐀"), StringComparison.Ordinal);

    [Fact]
    public void NumbersWithoutLettersStayNumbers() => Assert.Equal("bel 0475 12 34 56", Normalise("Bel 0475 12 34 56"));

    [Fact]
    public void OffsetMapPointsIntoOriginal()
    {
        const string original = "Die k a n k e r M0SL1MS!";
        var n = new NormalisedText();
        Normaliser.Normalise(original, n);
        var s = new string(n.Span);
        var at = s.IndexOf("moslims", StringComparison.Ordinal);
        var (start, length) = n.ToOriginal(at, 7);
        Assert.Equal("M0SL1MS", original.Substring(start, length));
        var k = s.IndexOf("kanker", StringComparison.Ordinal);
        var (ks, kl) = n.ToOriginal(k, 6);
        Assert.Equal("k a n k e r", original.Substring(ks, kl));
    }
}
