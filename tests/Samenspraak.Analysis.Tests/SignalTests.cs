using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

public class SignalTests
{
    [Theory]
    [InlineData("Ik steek u neer als ik u tegenkom, ge zijt gewaarschuwd.")]
    [InlineData("Ik weet waar je woont.")]
    [InlineData("Die burgemeester mogen ze ophangen.")]
    [InlineData("Gas erop, die bende.")]
    public void FlagsThreats(string text) => Assert.True(Flagged(text, Signal.Threat), text);

    [Theory]
    [InlineData("Ik zou nooit iemand slaan.")]
    [InlineData("De dader die de man neerstak, is gisteren opgepakt.")]
    [InlineData("Die nieuwe wegenwerken maken me echt kapot, allez.")]
    public void DoesNotFlagNonThreats(string text) => Assert.False(Flagged(text, Signal.Threat), text);

    [Theory]
    [InlineData("Die vluchtelingen zijn kakkerlakken.")]
    [InlineData("Moslims 🐀🐀")]
    public void FlagsDehumanisation(string text) => Assert.True(Flagged(text, Signal.Dehumanisation), text);

    [Theory]
    [InlineData("Er zitten ratten in de kelder van het stadhuis.")]
    [InlineData("Vluchtelingen zijn geen beesten.")]
    public void DoesNotFlagAnimalsOrNegated(string text) => Assert.False(Flagged(text, Signal.Dehumanisation), text);

    [Theory]
    [InlineData("Jij bent echt een klootzak.")]
    [InlineData("Wat een onnozelaar zijt gij, zwijg toch.")]
    public void FlagsToxicity(string text) => Assert.True(Flagged(text, Signal.Toxicity), text);

    [Theory]
    [InlineData("Dank u voor de snelle hulp van de stadsdienst!")]
    [InlineData("Ik ben het niet eens met het nieuwe mobiliteitsplan.")]
    public void DoesNotFlagCivilMessagesAsToxic(string text) => Assert.False(Flagged(text, Signal.Toxicity), text);

    [Theory]
    [InlineData("Wakker worden schapen, de plandemie is gepland door de elite. Doe je eigen onderzoek!")]
    [InlineData("5G masten verspreiden het coronavirus, ze verzwijgen het")]
    public void FlagsDisinformation(string text) => Assert.True(Flagged(text, Signal.Disinformation), text);

    [Theory]
    [InlineData("Het vaccinatiecentrum is open van 8 tot 20 uur.")]
    [InlineData("Ik ben blij dat de wegenwerken eindelijk klaar zijn.")]
    public void DoesNotFlagPlainNewsAsDisinformation(string text) => Assert.False(Flagged(text, Signal.Disinformation), text);

    [Fact]
    public void AllSevenSignalsAlwaysPresent()
    {
        foreach (var text in new[] { "", "   ", "Bonjour, je suis très content.", "🙂", "Dag allemaal" })
        {
            var r = Analyzer.Analyze(text);
            Assert.Equal(Signals.Count, r.Signals.Length);
            Assert.All(r.Signals, s => Assert.InRange(s.Score, 0, 1));
        }
    }
}
