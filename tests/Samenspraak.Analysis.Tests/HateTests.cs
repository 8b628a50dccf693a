using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

public class HateTests
{
    [Theory]
    [InlineData("Ik haat moslims.")]
    [InlineData("Ik kan die transpersonen echt niet uitstaan.")]
    [InlineData("Vluchtelingen zijn waardeloos en lui.")]
    [InlineData("Moslims zijn ratten.")]
    [InlineData("Gehandicapten zijn ongedierte.")]
    [InlineData("Ik ga alle homo's vermoorden.")]
    [InlineData("Die allochtonen zouden ze allemaal moeten afschieten.")]
    [InlineData("Waarom zijn vrouwen altijd zo dom?")]
    [InlineData("Ik vind dat zwarte mensen minderwaardig zijn.")]
    [InlineData("Ik heb het over moslims. Ze zijn allemaal tuig.")]
    [InlineData("Moslims zijn nooit te vertrouwen.")]
    [InlineData("Die asielzoekers horen hier niet thuis, terug naar hun land.")]
    [InlineData("ge zijt ne vuile flikker")]
    [InlineData("kutmarokkanen overal in ons straat")]
    [InlineData("Ik haat m0sl1ms.")]
    [InlineData("Ik haat moslmis.")]
    [InlineData("ikhaat moslims")]
    [InlineData("Ik haat m o s l i m s.")]
    [InlineData("Homo's zijn walgeljik.")]
    [InlineData("amai, die Roma zijn echt beesten, allemaal dieven")]
    public void FlagsHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik haat moslims niet.")]
    [InlineData("Homo's zijn geen ziekte.")]
    [InlineData("Ik ben trots moslim te zijn.")]
    [InlineData("Homo's zijn welkom in onze stad.")]
    [InlineData("Vluchtelingen zijn ook gewoon mensen.")]
    [InlineData("Zwarte mensen wonen overal in België.")]
    [InlineData("\"Moslims zijn ratten\" - zeg dat nooit meer.")]
    [InlineData("Wie zegt dat vrouwen dom zijn, is zelf dom.")]
    [InlineData("Dit soort reacties over homo's is walgelijk.")]
    [InlineData("Stop met vluchtelingen parasieten te noemen.")]
    [InlineData("Verdomme, alweer file op de ring.")]
    [InlineData("Jij bent echt een klootzak.")]
    [InlineData("Ik haat deze auto.")]
    [InlineData("De burgemeester is een prutser en zijn parkeerbeleid is een schande.")]
    [InlineData("Het circulatieplan is een ramp, dit stadsbestuur moet weg.")]
    [InlineData("Transpersonen verdienen dezelfde rechten als iedereen.")]
    [InlineData("allez, da's toch ne schone moskee geworden")]
    public void DoesNotFlagHardNegatives(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Fact]
    public void ReportsTargetGroup()
    {
        var r = Analyzer.Analyze("Moslims zijn ratten.");
        Assert.Contains(TargetGroup.Religion, r.Targets);
        Assert.True(r.Harmful);
    }
}
