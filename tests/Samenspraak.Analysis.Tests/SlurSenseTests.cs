using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>Slur words in their ordinary sense, reclaimed by the in-group, and still as slurs. The team's own sentences.</summary>
public class SlurSenseTests
{
    [Theory]
    [InlineData("Ik heb vanmiddag een grote pot soep gemaakt voor de hele straat.")]
    [InlineData("Zet die pot koffie maar op tafel, iedereen komt zo.")]
    [InlineData("allez, ne pot confituur van bij de boer, da's nog eens lekker")]
    [InlineData("Mijn tomaten staan in een pot op het terras.")]
    [InlineData("De hond van de buren heeft een gekwetste poot.")]
    [InlineData("De poot van die stoel is gebroken.")]
    [InlineData("We hebben samen een nieuwe vereniging op poten gezet.")]
    [InlineData("Mijn nicht komt volgende week logeren.")]
    [InlineData("Onze nicht studeert verpleegkunde in Leuven.")]
    [InlineData("ons nichtje doet haar communie, heel de familie komt")]
    [InlineData("Een nicht van mij woont in Brugge.")]
    [InlineData("De teef van onze buurman kreeg zes pups.")]
    [InlineData("Op de kinderboerderij lopen geiten en bokken rond.")]
    [InlineData("In de zoo zagen we een makak met een jong.")]
    [InlineData("Leg de theedoeken maar in de lade, de afwas is gedaan.")]
    [InlineData("De Romeinen noemden de Germanen barbaren, leerden we in de geschiedenisles.")]
    [InlineData("Het rekruteringsbureau werkt met koppensnellers voor die vacature.")]
    [InlineData("Kom, we spelen nog een potje voetbal op het plein.")]
    [InlineData("ik flikker bijna van de trap met die gladde treden")]
    [InlineData("Flikker dat oud karton maar in de container.")]
    [InlineData("Ik snap er geen flikker van, dat formulier van de stad.")]
    public void OrdinarySenseIsNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Wij flikkers zijn fier op wie we zijn.")]
    [InlineData("ik ben ne trotse pot en da mag heel de wereld weten")]
    [InlineData("We zijn allebei nichten en we hebben er plezier in.")]
    [InlineData("Als pot voel ik me hier eindelijk thuis.")]
    [InlineData("Ik noem mezelf een flikker, dat woord is van ons.")]
    [InlineData("Wij potten organiseren zaterdag een picknick in het park.")]
    public void ReclaimedSelfReferenceIsNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Jij bent een vuile flikker.")]
    [InlineData("Die nicht van de overkant moet hier weg.")]
    [InlineData("Hij is een pot, zie je dat niet?")]
    [InlineData("Smerige potten, blijf uit ons café.")]
    [InlineData("Ik haat flikkers.")]
    [InlineData("Flikkers horen hier niet thuis.")]
    [InlineData("Al die nichten zijn ziek in hun hoofd.")]
    [InlineData("Jullie zijn allemaal teven.")]
    public void SlurAgainstPeopleStaysHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Ik ben geen flikker en wij flikkers hoeven hier niet te zijn, zegt hij.")]
    [InlineData("Wij flikkers moeten dood, schreef iemand.")]
    public void HostileFrameIsNoReclaim(string text) => Assert.True(Analyzer.Analyze(text)[Signal.Hate].Score > 0, text);

    [Theory]
    [InlineData("De Syrische familie van hiernaast laat hun hond elke avond uit.")]
    [InlineData("De hond van de buren blaft weer de hele nacht.")]
    [InlineData("Onze moslimburen hebben drie katten en een konijn, en mijn varkens lopen soms bij hen in de tuin.")]
    public void OwnedAnimalsAreNoDehumanisation(string text) => Assert.False(Flagged(text, Signal.Dehumanisation), text);

    [Theory]
    [InlineData("Die ratten van asielzoekers moeten hier weg.")]
    [InlineData("Roma zijn gewoon varkens.")]
    public void AnimalComparisonsStayDehumanisation(string text) => Assert.True(Flagged(text, Signal.Dehumanisation), text);

    [Fact]
    public void ReclaimedUseStillNamesTheGroup()
    {
        var r = Analyzer.Analyze("Wij flikkers zijn fier op wie we zijn.");
        Assert.False(r.Harmful);
        Assert.DoesNotContain(r.Evidence, e => e.Reason == "scheldwoord voor een groep");
    }
}
