namespace Samenspraak.Analysis.Lexicons;

/// <summary>
/// Frequent Dutch words that lie one edit away from a lexicon term ("houden"/"honden", "besten"/"beesten").
/// They never take part in fuzzy matching, so ordinary language is not read as obfuscation.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<ulong> Hashes = Build(
        "houden", "hounden", "trouwen", "besten", "gouden", "worden", "morgen", "zorgen", "wensen", "wonen", "vrienden",
        "kinderen", "rekenen", "bewonen", "zonden", "honderd", "honderden", "stonden", "konden", "vonden", "kwamen",
        "beste", "fiets", "fietsen", "straten", "staten", "steken", "stemmen", "stempel", "rapport", "ratten", "katten",
        "platen", "praten", "vrouwe", "mannen", "manen", "zonder", "winter", "wonder", "moeder", "moeders", "broer",
        "leven", "levens", "lopen", "kopen", "hopen", "haten", "laten", "weten", "eten", "heten", "beten", "zitten",
        "mogen", "zagen", "vragen", "dragen", "slagen", "jagen", "klagen", "wagen", "plagen", "gehad", "gehaald",
        "ermee", "moslimbroeders", "trots", "groots", "grootse", "parasol", "parasols", "virussen", "vieren", "vierde",
        "vierden", "besmet", "kaarten", "raadplegen", "muziek", "tijden", "keren", "leren", "leraren", "lerares",
        "pandemie", "pandemieen", "pandemische", "veiligheid", "opvangen", "opgevangen", "opvang", "stellen", "afpakken", "bedreigen", "inbraken", "trainen", "verwachten", "verwacht", "wachten", "wachtten", "wachtend",
        "verwachte", "verwachting", "verdacht", "verdachte", "verdachten", "slechter", "samenwerking", "opzichters", "uitgebreid", "vracht",
        "vertrekken", "nachtje", "nachten", "blokken", "tranen", "stokken", "bruiden", "slikken", "kakelen", "schade", "geplande",
        "profileren", "zijnen", "binden", "keukens", "belogen", "verbreken", "onveilige", "wegvegen", "vuisten", "turkije", "kakkers",
        "wijken", "dieren", "bieren", "zieken", "lieven", "dieet", "wijzen", "hondje", "hondjes", "beestje", "beestjes", "katje", "katjes", "horen", "heren", "haren", "rotten", "gehoord", "hoeden", "moeten", "voeten", "beloven", "geloven", "stoppen", "steden", "raden", "redden", "scholen", "schoten", "schotel", "vijanden", "bonden", "banden", "landen", "handen", "panden", "kanten");

    public static bool Contains(ulong hash) => Hashes.Contains(hash);

    private static HashSet<ulong> Build(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words)
        {
            set.Add(SpanHash.Of(w));
        }
        return set;
    }
}
