using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>Stereotypes stated as fact, verdicts that refer back to a group, refuted reports. The team's own sentences.</summary>
public class ImplicitAndReferenceTests
{
    [Theory]
    [InlineData("Die Roma kunnen niet met geld omgaan, zo zijn ze.")]
    [InlineData("Nieuwkomers willen niet werken, dat weet iedereen.")]
    [InlineData("allochtonen leven op onze kosten")]
    [InlineData("Joden hebben de media in handen.")]
    [InlineData("Transgenders zijn allemaal in de war.")]
    [InlineData("In onze wijk wonen veel Polen. Allemaal profiteurs!")]
    [InlineData("Ik ken een paar Afghanen. Echt lui volk.")]
    [InlineData("Transpersonen verdienen geen plek in onze stad.")]
    public void ImplicitDerogationIsHate(string text) => Assert.True(Flagged(text, Signal.Hate), text);

    [Theory]
    [InlineData("Het is voor vluchtelingen moeilijk om in onze stad een woning te vinden.")]
    [InlineData("Vluchtelingen kunnen in onze stad moeilijk een woning vinden.")]
    [InlineData("In onze wijk wonen veel Polen. Echt toffe mensen.")]
    [InlineData("Ik heb het nieuwe parkeerplan gelezen. Echt slechte plannen.")]
    [InlineData("Ze zeggen dat moslims gevaarlijk zijn, maar dat is klinkklare onzin.")]
    [InlineData("Mensen beweren dat vluchtelingen op onze kosten leven, da's zever.")]
    [InlineData("Transpersonen verdienen een plek in onze stad.")]
    public void NeutralPositiveAndRefutedAreNotHate(string text) => Assert.False(Flagged(text, Signal.Hate), text);
}
