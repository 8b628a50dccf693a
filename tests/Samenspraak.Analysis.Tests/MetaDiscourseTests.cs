using System.Globalization;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>
/// How municipal staff, moderators and youth workers write about hate: naming and condemning it ("haat tegen … hoort
/// hier niet thuis"), asking how to handle it, describing what hateful messages do ("reacties die … aanvallen"), and
/// neutral statements about a group's hardship. None of these is hate, threat or toxicity; the hateful counterparts
/// (the speaker owning or endorsing the hate, a real threat, a hardship blamed on a stereotype) still are.
/// </summary>
public class MetaDiscourseTests
{
    private static readonly string[] Groups = ["moslims", "vluchtelingen", "joden", "holebi's", "transpersonen", "Roma", "zwarte mensen", "Marokkanen"];

    private static readonly string[] NamingAndCondemning =
    [
        "Niemand mag uitgescholden worden voor wie hij is. Haat tegen {0} hoort hier niet thuis.",
        "Haat tegen {0} is onaanvaardbaar, ook online.",
        "Racisme tegen {0} heeft in onze gemeente geen plaats.",
        "Wij staan achter {0}. Haat tegen hen pikken we niet.",
        "haat tegen {0} hoort nergens thuis, ook nie op facebook",
        "Online haat tegen {0} moet stoppen.",
        "Geweld tegen {0} moet de politie streng aanpakken.",
    ];

    private static readonly string[] ProfessionalQuestions =
    [
        "Hoe gaan jullie om met online haat tegen {0}? We merken een toename en willen tegengas geven.",
        "Als jeugdwerker zie ik veel haat tegen {0}. Hoe reageren jullie daarop?",
        "Hoe pakken andere gemeenten haat tegen {0} aan op hun sociale media?",
        "hoe gaat gij om me haat tegen {0} in de jeugdbeweging?",
    ];

    private static readonly string[] DescribedAttacks =
    [
        "Onze moderatoren verwijderen reacties die {0} aanvallen.",
        "We krijgen veel berichten die {0} aanvallen om wie ze zijn.",
        "De politie registreert meer aanvallen op {0} dan vorig jaar.",
        "Hoe reageren we op posts die {0} aanvallen?",
    ];

    private static readonly string[] Hardships =
    [
        "{0} vinden in onze stad moeilijk een huurwoning.",
        "{0} wachten vaak lang op een afspraak bij het OCMW.",
        "{0} worden op de huurmarkt nog gediscrimineerd.",
        "{0} hebben het moeilijk om werk te vinden in onze regio.",
        "{0} vinden hier moeilijk nen job",
    ];

    private static readonly string[] OwnedOrEndorsed =
    [
        "Ik voel alleen maar haat tegen {0}.",
        "Haat tegen {0} is volkomen terecht.",
        "Mijn haat tegen {0} wordt elke dag groter.",
        "Ik haat {0}, echt waar.",
        "Ik ga die {0} aanvallen als ik ze zie.",
        "{0} vinden moeilijk werk omdat ze allemaal lui zijn.",
    ];

    private static TheoryData<string> Fill(string[] templates)
    {
        var data = new TheoryData<string>();
        foreach (var group in Groups)
        {
            foreach (var template in templates)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, group));
            }
        }
        return data;
    }

    public static TheoryData<string> NamingCases() => Fill(NamingAndCondemning);

    public static TheoryData<string> QuestionCases() => Fill(ProfessionalQuestions);

    public static TheoryData<string> DescribedAttackCases() => Fill(DescribedAttacks);

    public static TheoryData<string> HardshipCases() => Fill(Hardships);

    public static TheoryData<string> HatefulCases() => Fill(OwnedOrEndorsed);

    [Theory]
    [MemberData(nameof(NamingCases))]
    public void NamingOrCondemningHateIsNotHateNorToxic(string text)
    {
        var r = Analyzer.Analyze(text);
        Assert.False(r[Signal.Hate].Flagged, text);
        Assert.False(r[Signal.Toxicity].Flagged, text);
    }

    [Theory]
    [MemberData(nameof(QuestionCases))]
    public void ProfessionalsAskingHowToHandleHateAreNotHate(string text)
    {
        var r = Analyzer.Analyze(text);
        Assert.False(r[Signal.Hate].Flagged, text);
        Assert.False(r[Signal.Toxicity].Flagged, text);
    }

    [Theory]
    [MemberData(nameof(DescribedAttackCases))]
    public void DescribedAttacksAreNoThreat(string text)
    {
        var r = Analyzer.Analyze(text);
        Assert.False(r[Signal.Threat].Flagged, text);
        Assert.False(r[Signal.Hate].Flagged, text);
    }

    [Theory]
    [MemberData(nameof(HardshipCases))]
    public void GroupHardshipIsNotHate(string text)
    {
        var r = Analyzer.Analyze(text);
        Assert.False(r[Signal.Hate].Flagged, text);
        Assert.False(r[Signal.Toxicity].Flagged, text);
    }

    [Theory]
    [MemberData(nameof(HatefulCases))]
    public void OwnedOrEndorsedHateAndRealThreatsStayHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Als stad geven we een duidelijk signaal: moslimhaat is nergens welkom.")]
    [InlineData("Jodenhaat en homohaat horen niet thuis in onze sportclub.")]
    [InlineData("Op het plein riep iemand dat alle vluchtelingen buiten moeten. Dat pikken we niet.")]
    [InlineData("Supporters scandeerden dat de zwarte spelers moesten oprotten. De club vindt dat onaanvaardbaar.")]
    [InlineData("in de klas riepen ze dat moslims terroristen zijn, da tolereren we niet")]
    [InlineData("We willen een tegenstem laten horen tegen wie vluchtelingen wegzet als profiteurs.")]
    public void CompoundsReportedAndCondemnedSpeechAndCounterVoiceAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ze zeggen dat moslims ratten zijn. Stop met dat politiek correct gedoe.")]
    [InlineData("iedereen weet dat die Marokkanen parasieten zijn. Stop met da gezeik over racisme.")]
    public void CondemningTheCondemnersDoesNotExcuseTheReport(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik ga die homo's aanvallen als ik ze zie.")]
    [InlineData("Morgen gaan we die vluchtelingen aanvallen.")]
    [InlineData("'k ga die moslims aanvallen, wacht maar")]
    public void AttackAnnouncedByTheSpeakerIsAThreat(string text) => Assert.True(Flagged(text, Signal.Threat), text);
}
