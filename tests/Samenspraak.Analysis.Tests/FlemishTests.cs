using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Text;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

public class FlemishTests
{
    [Theory]
    [InlineData("gij", LexTag.SecondPerson)]
    [InlineData("ge", LexTag.SecondPerson)]
    [InlineData("da's", LexTag.Dialect)]
    [InlineData("allez", LexTag.Dialect)]
    [InlineData("amai", LexTag.Dialect)]
    [InlineData("zijt", LexTag.Copula)]
    [InlineData("nie", LexTag.Negation)]
    [InlineData("mannekes", LexTag.Dialect)]
    [InlineData("kieken", LexTag.Insult)]
    internal void TussentaalIsInTheLexicon(string word, LexTag tag)
    {
        var text = new NormalisedText();
        var tokens = new TokenBuffer();
        Normaliser.Normalise(word, text);
        Tokenizer.Tokenize(text, LexiconStore.Shared, tokens);
        Assert.True(tokens[0].Has(tag), $"{word} lacks {tag}");
    }

    [Theory]
    [InlineData("gij zijt ne vuile makak, terug naar uw land")]
    [InlineData("die moslims, da's allemaal tuig, ge moet ze nie binnenlaten")]
    [InlineData("ze moeten ze allemaal afknallen, die zigeuners")]
    [InlineData("amai, die flikkers hier aan de Vrijdagmarkt, walgelijk")]
    public void FlemishHateIsFlagged(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("allez mannekes, da's nen toffe buurtfeest geworden, merci aan iedereen")]
    [InlineData("amai, wa ne schone moskee, ik had goesting om eens binnen te kijken")]
    [InlineData("ge moogt gerust langskomen op de opendeurdag van de moskee, iedereen welkom")]
    [InlineData("ik heb nie graag da ze de Kouter heraanleggen, da kost weer handenvol geld")]
    public void FlemishHardNegativesAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Fact]
    public void DialectShapesTheFeatures()
    {
        var mf = new Features.MessageFeatures();
        Features.Featurizer.Extract("gij zijt ne sukkel", LexiconStore.Shared, TextAnalyzer.Default.Claims, mf);
        var standard = new Features.MessageFeatures();
        Features.Featurizer.Extract("jij bent een sukkel", LexiconStore.Shared, TextAnalyzer.Default.Claims, standard);
        // Both registers reach the same insult-at-a-person rule, through different surface n-grams.
        Assert.Equal(1f, mf.Rules[Rules.RuleFeature.InsultAtPerson]);
        Assert.Equal(1f, standard.Rules[Rules.RuleFeature.InsultAtPerson]);
        Assert.NotEqual(mf.Buckets.Take(mf.BucketCount), standard.Buckets.Take(standard.BucketCount));
    }
}
