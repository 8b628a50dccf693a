namespace Samenspraak.Analysis.Claims;

/// <summary>
/// Well-known debunked claims that circulate in Flanders and the Netherlands, written by the Samenspraak team in its
/// own words. <see cref="TextAnalyzer.Default"/> matches them; municipalities add their own fact-checks with
/// <see cref="TextAnalyzer.WithClaims"/>.
/// </summary>
internal static class BuiltInClaims
{
    private const string False = "onwaar";

    public static IReadOnlyList<KnownClaim> All { get; } =
    [
        new("builtin-5g-corona", "5G-masten verspreiden het coronavirus en maken mensen ziek.", False),
        new("builtin-vaccin-dna", "Het vaccin tegen corona verandert je DNA.", False),
        new("builtin-vaccin-autisme", "Vaccins bij kinderen veroorzaken autisme.", False),
        new("builtin-vaccin-chip", "In de vaccins zit een microchip van Bill Gates om mensen te volgen.", False),
        new("builtin-chemtrails", "De strepen van vliegtuigen zijn chemtrails: er worden chemicaliën gesproeid om de bevolking te vergiftigen.", False),
        new("builtin-omvolking", "De elite vervangt de Europese bevolking bewust door migranten: de omvolking of grote vervanging.", False),
        new("builtin-asiel-geld", "Asielzoekers krijgen duizenden euro's per maand aan uitkering van de overheid.", False),
        new("builtin-asiel-woning", "Vluchtelingen krijgen voorrang op een sociale woning en steken Vlamingen voor op de wachtlijst.", False),
        new("builtin-briefstemmen", "De Belgische verkiezingen zijn vervalst met stemmen per brief.", False),
        new("builtin-corona-griep", "Corona is niet erger dan een gewone griep en de pandemie is verzonnen.", False),
        new("builtin-mondmasker", "Een mondmasker geeft zuurstoftekort en koolstofdioxidevergiftiging.", False),
        new("builtin-bleek", "Bleekmiddel of chloordioxide drinken geneest corona.", False),
        new("builtin-klimaat-hoax", "De opwarming van de aarde is een hoax die wetenschappers verzonnen hebben.", False),
        new("builtin-sharia-zones", "Er zijn sharia-zones in Belgische steden waar de politie niet meer binnen mag.", False),
    ];
}
