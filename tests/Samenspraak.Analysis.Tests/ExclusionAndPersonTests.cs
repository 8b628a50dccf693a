using System.Globalization;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>
/// Group hate without a derogatory word: exclusion ("… horen hier niet thuis", "wij willen hier geen …") and one
/// person attacked for a group trait ("typisch zo'n …"); with the welcoming, negated and disclaimed counterparts.
/// </summary>
public class ExclusionAndPersonTests
{
    private static readonly string[] Groups =
        ["vluchtelingen", "Marokkanen", "Turken", "moslims", "joden", "homo's", "transpersonen", "gehandicapten", "Roma", "Afghanen"];

    private static readonly string[] Members = ["Afghaan", "Marokkaan", "moslim", "jood", "homo", "Turk", "vluchteling", "transvrouw"];

    private static readonly string[] Exclusions =
    [
        "{0} horen hier niet thuis.",
        "{0} moeten terug naar hun land.",
        "Wij willen hier geen {0}.",
        "we willen geen {0} meer in onze straat",
        "{0} zijn hier niet welkom.",
        "{0} zijn echt niet te vertrouwen.",
        "{0} horen hier nie thuis, allez",
        "{0} zijn hier nie welkom",
    ];

    private static readonly string[] Welcoming =
    [
        "{0} zijn hier welkom.",
        "Niet alle {0} zijn hetzelfde, ken de mensen eerst.",
        "Ik zeg niet dat {0} hier niet thuishoren.",
        "ik zeg nie da {0} slecht zijn, ik vind de stoet gewoon te lang",
        "Ik wil geen {0} beledigen, maar de parking is te klein.",
        "{0} horen er gewoon bij.",
    ];

    private static readonly string[] PersonAttacks =
    [
        "Hij is weer te laat, typisch zo'n {0}.",
        "typisch ne {0} he",
        "Wat verwacht je van een {0}?",
        "wat verwachte van nen {0}, allez",
        "Die {0} moet terug naar zijn land.",
    ];

    private static TheoryData<string> Fill(string[] templates, string[] words)
    {
        var data = new TheoryData<string>();
        foreach (var word in words)
        {
            foreach (var template in templates)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, word));
            }
        }
        return data;
    }

    public static TheoryData<string> ExclusionCases() => Fill(Exclusions, Groups);

    public static TheoryData<string> WelcomingCases() => Fill(Welcoming, Groups);

    public static TheoryData<string> PersonCases() => Fill(PersonAttacks, Members);

    [Theory]
    [MemberData(nameof(ExclusionCases))]
    public void ExclusionWithoutDerogatoryWordIsHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [MemberData(nameof(WelcomingCases))]
    public void WelcomeNegationAndDisclaimerAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [MemberData(nameof(PersonCases))]
    public void PersonAttackedForGroupTraitIsHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Typisch zo'n politicus, altijd beloven.")]
    [InlineData("Wat verwacht je van de gemeente?")]
    [InlineData("Wij willen hier geen nieuwe parking.")]
    [InlineData("Die Afghaan is een goede buur.")]
    [InlineData("Ik zeg niet dat vrouwen geen goede schepen kunnen zijn.")]
    [InlineData("Wij willen hier geen racisme.")]
    public void FramesWithoutAProtectedPersonAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik zeg niet dat alle moslims slecht zijn, maar het zijn wel ratten.")]
    [InlineData("ik zeg nie da ze allemaal slecht zijn maar die marokkanen zijn parasieten")]
    [InlineData("Het is niet waar dat vluchtelingen lui zijn, maar ze zijn wel ratten.")]
    public void DisclaimerEndsAtMaar(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Fact]
    public void TraitFrameIsTheEvidence()
    {
        var r = Analyzer.Analyze("Hij lacht ons uit, typisch zo'n Afghaan.");
        Assert.Contains(TargetGroup.Origin, r.Targets);
        Assert.Contains(r.Evidence, e => e.Signal == Signal.Hate && e.Text == "typisch zo'n Afghaan");
    }
}
