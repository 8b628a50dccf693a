namespace Samenspraak.Analysis.Themes;

/// <summary>
/// Function words and filler of standard Dutch and Flemish social-media writing that never make a theme on their
/// own. Flemish forms (ge, gij, da, ne, nen, amai, allez, hunne, zijne) are listed beside the standard ones because
/// they are the most frequent words of local comment threads. Words are stored folded (lower case, no accents).
/// </summary>
internal static class ThemeStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Standard Dutch function words.
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dan", "als", "toen", "omdat", "dat", "die", "dit", "deze",
        "wat", "wie", "waar", "wanneer", "hoe", "waarom", "welke", "welk", "ik", "je", "jij", "u", "uw", "hij", "zij", "ze",
        "wij", "we", "jullie", "hun", "hen", "mij", "me", "mijn", "jouw", "zijn", "haar", "ons", "onze", "hem", "zich",
        "zichzelf", "is", "was", "waren", "ben", "bent", "wordt", "worden", "werd", "werden", "geweest", "heb", "hebt",
        "heeft", "hebben", "had", "hadden", "gehad", "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden",
        "moet", "moeten", "moest", "mag", "mogen", "wil", "willen", "wilde", "gaat", "gaan", "ging", "gaan", "doet",
        "doen", "deed", "gedaan", "komt", "komen", "kwam", "laat", "laten", "zeg", "zegt", "zeggen", "vind", "vindt",
        "in", "op", "aan", "van", "voor", "met", "naar", "bij", "uit", "over", "onder", "tegen", "tot", "door", "om",
        "zonder", "tussen", "na", "sinds", "tijdens", "binnen", "buiten", "achter", "naast", "rond", "via", "per",
        "niet", "geen", "nooit", "wel", "ook", "nog", "al", "alle", "allemaal", "alles", "er", "hier", "daar", "nu",
        "zo", "zoals", "heel", "erg", "echt", "veel", "weinig", "meer", "minder", "meest", "even", "toch", "maar",
        "eens", "weer", "terug", "gewoon", "misschien", "natuurlijk", "eigenlijk", "zelfs", "vooral", "altijd", "soms",
        "iemand", "niemand", "iets", "niets", "niks", "elk", "elke", "ieder", "iedere", "iedereen", "andere", "ander",
        "zelf", "goed", "beter", "ja", "nee", "neen", "oke", "ok", "hoor", "he", "hè", "jaja", "zeker", "mensen",
        "jaar", "dag", "keer", "vandaag", "gisteren", "morgen", "week", "waarop", "waarin", "daarom", "daarna",
        "eerst", "pas", "zeer", "wordt", "geworden", "staat", "staan", "ziet", "zien", "weet", "weten", "denk", "denken",
        "snap", "vraag", "graag", "hele", "heb", "den", "der", "des", "te", "ten", "ter", "hé", "ofzo", "enz", "bv",
        // Flemish and colloquial forms.
        "ge", "gij", "gulle", "gullie", "da", "dat", "ne", "nen", "nie", "ni", "kik", "zijt", "zedde", "hedde", "hebde",
        "amai", "allez", "awel", "ewel", "allee", "ambetant", "hunne", "zijne", "haren", "mijne", "uwe", "diene",
        "dieje", "datte", "efkes", "ekik", "wa", "wadde", "gelijk", "zenne", "zulle", "zeh", "hé", "ja", "toch",
        "lol", "haha", "hahaha", "omg", "wtf", "pff", "tja", "jep", "nope", "xd", "ps", "rt", "via",
    };

    public static bool Contains(string folded) => Words.Contains(folded);
}
