namespace Samenspraak.Analysis.Tests;

public class ClaimTests
{
    private static readonly KnownClaim Claim = new("fc-1", "Het nieuwe zwembad in Lokeren kost de stad 80 miljoen euro.", "onwaar", "Stad Lokeren", "https://example.org/fc-1");

    [Theory]
    [InlineData("Het nieuwe zwembad in Lokeren kost de stad 80 miljoen euro!")]
    [InlineData("80 miljoen euro kost het nieuwe zwembad de stad Lokeren, schandalig")]
    [InlineData("de stad lokeren betaalt 80 miljoen euro voor dat zwembad")]
    public void MatchesRewordedAndReordered(string text)
    {
        var r = TextAnalyzer.Default.WithClaims([Claim]).Analyze(text);
        Assert.NotNull(r.ClaimMatch);
        Assert.Equal("fc-1", r.ClaimMatch!.ClaimId);
        Assert.InRange(r.ClaimMatch.Similarity, 0.5, 1.0);
    }

    [Fact]
    public void DoesNotMatchUnrelatedText()
    {
        var r = TextAnalyzer.Default.WithClaims([Claim]).Analyze("De bib is morgen gesloten wegens een personeelsfeest.");
        Assert.Null(r.ClaimMatch);
    }

    [Fact]
    public void DefaultKnowsBuiltInClaims()
    {
        var r = TextAnalyzer.Default.Analyze("Dat vaccin verandert je DNA, echt waar.");
        Assert.NotNull(r.ClaimMatch);
        Assert.Equal("builtin-vaccin-dna", r.ClaimMatch!.ClaimId);
    }
}
