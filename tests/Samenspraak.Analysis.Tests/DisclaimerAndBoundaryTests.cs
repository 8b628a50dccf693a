using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>Prejudice disclaimers, refusals, denied belonging and words run together. The team's own sentences.</summary>
public class DisclaimerAndBoundaryTests
{
    [Theory]
    [InlineData("Ik heb niets tegen homo's, maar ze moeten het niet zo in ons gezicht duwen.")]
    [InlineData("ik heb niks tegen vluchtelingen maar ze moeten wel eerst leren werken")]
    [InlineData("Ik heb geen probleem met moslims, maar die moeten zich aanpassen of vertrekken.")]
    [InlineData("Ik zou nooit een Afghaan aannemen in mijn zaak.")]
    [InlineData("Wij verhuren nooit aan Roma, daar begin ik niet aan.")]
    [InlineData("Ik zou nooit naast een Marokkaan willen wonen.")]
    [InlineData("Die Turken zijn geen echte Belgen en zullen dat nooit worden.")]
    [InlineData("Vrouwen zijn geen volwaardige burgers.")]
    public void DisclaimersAndRefusalsAreHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik heb niets tegen moslims, maar wel tegen elke vorm van extremisme.")]
    [InlineData("Ik heb niks tegen homo's, integendeel, mijn broer is er een.")]
    [InlineData("Ik heb niets tegen vluchtelingen, maar ik ken er eerlijk gezegd weinig.")]
    [InlineData("Ik zou graag een Syrische vluchteling aannemen, ze werken hard.")]
    [InlineData("We verhuren al jaren aan Roma en dat gaat prima.")]
    [InlineData("Mijn buren zijn Turken en echte Belgen, ze zijn hier geboren.")]
    public void PositiveAndNeutralCounterpartsAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("moslimsmoetenallemaalweg")]
    [InlineData("diezigeunerszijnallemaalvuileratten")]
    [InlineData("ikhaatallehomos")]
    [InlineData("transpersonenzijnziekinhunhoofd")]
    public void RunTogetherHateIsFound(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("gisterenavondwasdemarktsuperdruk")]
    [InlineData("ikvinddenieuwebibliotheekprachtig")]
    [InlineData("Moslimsenjodenvierensamenhetsuikerfeest")]
    public void RunTogetherNeutralTextIsNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);
}
