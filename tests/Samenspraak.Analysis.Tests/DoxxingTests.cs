using Samenspraak.Analysis.Doxxing;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

public class DoxxingTests
{
    [Theory]
    [InlineData("85073003328", true)]   // born 1985, checksum 97 - (850730033 mod 97)
    [InlineData("85073003329", false)]
    [InlineData("17073003384", true)]   // born 2017: the '2' prefix rule
    [InlineData("17073003385", false)]
    [InlineData("85133003328", false)]  // month 13
    public void ValidatesNationalRegisterNumbers(string number, bool valid) => Assert.Equal(valid, Checksums.IsValidNationalRegisterNumber(number));

    [Theory]
    [InlineData("BE68539007547034", true)]
    [InlineData("BE68539007547035", false)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("NL91ABNA0417164301", false)]
    public void ValidatesIbans(string iban, bool valid) => Assert.Equal(valid, Checksums.IsValidIban(iban));

    [Theory]
    [InlineData("Die gast woont in de Kerkstraat 12 bus 3, 9000 Gent. Ga eens langs.", "Address")]
    [InlineData("Hier is het gsm-nummer van die vent: 0475 12 34 56, bel hem maar.", "Phone")]
    [InlineData("Zijn nummer is +32 475 12 34 56", "Phone")]
    [InlineData("Haar nummer: 06-12345678", "Phone")]
    [InlineData("Het rijksregisternummer van die man is 85.07.30-033.28", "NationalRegisterNumber")]
    [InlineData("Mail die trut op an.peeters@voorbeeld.be", "Email")]
    [InlineData("Zijn rekening BE68 5390 0754 7034, stort maar niks", "Iban")]
    public void FlagsExposingAndShowsEvidence(string text, string kindName)
    {
        var kind = Enum.Parse<PiiKind>(kindName);
        var found = new List<PiiSpan>();
        PiiScanner.Scan(text, found);
        Assert.Contains(found, p => p.Kind == kind);
        var r = Analyzer.Analyze(text);
        Assert.True(r[Signal.Doxxing].Flagged, text);
        Assert.Contains(r.Evidence, e => e.Signal == Signal.Doxxing && text.Substring(e.Start, e.Length) == e.Text);
    }

    [Theory]
    [InlineData("Bel het onthaal op 09 210 10 10 voor meer info.")]
    [InlineData("Vragen? Mail naar info@gemeente.be of kom langs op het stadhuis.")]
    [InlineData("Het rijksregisternummer 85073003329 is ongeldig.")]
    [InlineData("In 2024 kwamen 1500 mensen naar de markt.")]
    public void DoesNotFlagPublicContactData(string text) => Assert.False(Flagged(text, Signal.Doxxing), text);
}
