using System.Globalization;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>
/// A group named in one sentence and attacked in the next through a pronoun or demonstrative subject, across groups
/// and standard and Flemish pronouns. The attack must be attributed to the group named earlier.
/// </summary>
public class GroupReferenceTests
{
    private static readonly (string Group, TargetGroup Target)[] Groups =
    [
        ("vluchtelingen", TargetGroup.Origin), ("Marokkanen", TargetGroup.Origin), ("Roma", TargetGroup.Origin),
        ("moslims", TargetGroup.Religion), ("joden", TargetGroup.Religion), ("vrouwen", TargetGroup.Gender),
        ("homo's", TargetGroup.SexualOrientation), ("lesbiennes", TargetGroup.SexualOrientation),
        ("transpersonen", TargetGroup.GenderIdentity), ("gehandicapten", TargetGroup.Disability),
    ];

    // {0} is the group; the attack sentence has no group word of its own.
    private static readonly string[] Attacks =
    [
        "Ken jij veel {0}? Het zijn parasieten.",
        "Ik heb het over {0}. Dat zijn allemaal leugenaars.",
        "Over {0} gesproken: die zijn ziek in hun hoofd.",
        "{0}? Ze horen hier niet.",
        "ge kent die {0}? ze zijn allemaal ratten",
        "ik heb het over {0}. da zijn parasieten",
        "{0}? 't Zijn beesten.",
        "Over {0} gesproken. Deze zijn allemaal criminelen.",
        "Ken je {0}? Zij moeten allemaal dood.",
    ];

    private static readonly string[] Neutral =
    [
        "Ken jij {0}? Het zijn gewone mensen.",
        "Over {0} gesproken: die zijn welkom hier.",
        "Ik ken veel {0}. Die fietsers zijn idioten.",
        "Ik heb het over {0}. Die files zijn walgelijk.",
        "{0}? da zijn gewoon onze buren.",
        "Ik heb het over {0}. Ze zijn niet lui.",
    ];

    public static TheoryData<string, TargetGroup> AttackCases()
    {
        var data = new TheoryData<string, TargetGroup>();
        foreach (var (group, target) in Groups)
        {
            foreach (var template in Attacks)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, group), target);
            }
        }
        return data;
    }

    public static TheoryData<string> NeutralCases()
    {
        var data = new TheoryData<string>();
        foreach (var (group, _) in Groups)
        {
            foreach (var template in Neutral)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, group));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AttackCases))]
    public void AttackThroughPronounTargetsTheGroupNamedBefore(string text, TargetGroup target)
    {
        var r = Analyzer.Analyze(text);
        Assert.True(r[Signal.Hate].Flagged, text);
        Assert.Contains(target, r.Targets);
    }

    [Theory]
    [MemberData(nameof(NeutralCases))]
    public void PronounAfterAGroupIsNotHateByItself(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik heb het over moslims. Dat zijn ratten.", TargetGroup.Religion)]
    [InlineData("Ik zag gisteren veel vrouwen op de markt. Ze zijn dom.", TargetGroup.Gender)]
    public void PronounAttackNamesTheEarlierGroupAsEvidence(string text, TargetGroup target)
    {
        var r = Analyzer.Analyze(text);
        Assert.Contains(target, r.Targets);
        Assert.Contains(r.Evidence, e => e.Signal == Signal.Hate && e.Reason == "genoemde groep");
    }

    [Theory]
    [InlineData("Ik ken veel moslims. Fietsers, die zijn echt ratten.")]
    [InlineData("Homo's zijn welkom. Maar die hooligans? Ze zijn beesten.")]
    public void ALaterNonProtectedGroupTakesOverTheReference(string text) => Assert.False(Flagged(text, Signal.Hate), text);
}
