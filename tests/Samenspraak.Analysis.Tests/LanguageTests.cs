namespace Samenspraak.Analysis.Tests;

public class LanguageTests
{
    [Theory]
    [InlineData("Ik vind dat de stad meer fietspaden moet aanleggen.", "nl")]
    [InlineData("allez, da's ne schone dag vandaag, amai", "nl")]
    [InlineData("Je ne suis pas d'accord avec cette décision de la commune.", "fr")]
    [InlineData("I think the city should build more bike lanes for the people.", "en")]
    [InlineData("12345 !!!", "other")]
    [InlineData("", "other")]
    public void IdentifiesLanguage(string text, string expected) => Assert.Equal(expected, TextAnalyzer.Default.Analyze(text).Language);

    [Fact]
    public void NonDutchIsNotTrustedForDutchHeads()
    {
        var r = TextAnalyzer.Default.Analyze("Je déteste tous les gens de cette ville, ils sont des idiots et des rats.");
        Assert.Equal("fr", r.Language);
        Assert.All(Signals.All.Where(s => s != Signal.Doxxing), s => Assert.False(r[s].Flagged));
    }
}
