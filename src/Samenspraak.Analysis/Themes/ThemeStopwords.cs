namespace Samenspraak.Analysis.Themes;

/// <summary>
/// Words that never make or name a theme. Two lists: function words and filler of standard Dutch and Flemish
/// social-media writing (Flemish forms such as ge, gij, da, ne, nen, amai, allez, hunne, zijne are listed beside the
/// standard ones because they are the most frequent words of local comment threads), and generic content words that
/// do carry meaning but occur in every kind of local discussion ("alleen", "stad", "gemeente", "nieuwe", "mensen"):
/// as a theme label they say nothing, and as a shared key they glue unrelated messages together. Words are stored
/// folded (lower case, no accents), as <see cref="KeyPhraseExtractor.Fold"/> writes them.
/// </summary>
internal static class ThemeStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Standard Dutch function words: articles, pronouns, auxiliaries, prepositions, conjunctions, adverbs.
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dan", "als", "toen", "omdat", "dat", "die", "dit", "deze",
        "wat", "wie", "waar", "wanneer", "hoe", "waarom", "welke", "welk", "ik", "je", "jij", "u", "uw", "hij", "zij", "ze",
        "wij", "we", "jullie", "hun", "hen", "mij", "me", "mijn", "jouw", "zijn", "haar", "ons", "onze", "hem", "zich",
        "zichzelf", "is", "was", "waren", "ben", "bent", "wordt", "worden", "werd", "werden", "geweest", "heb", "hebt",
        "heeft", "hebben", "had", "hadden", "gehad", "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden",
        "moet", "moeten", "moest", "mag", "mogen", "wil", "willen", "wilde", "gaat", "gaan", "ging", "doet", "gegaan",
        "doen", "deed", "gedaan", "komt", "komen", "kwam", "laat", "laten", "zeg", "zegt", "zeggen", "vind", "vindt",
        "in", "op", "aan", "van", "voor", "met", "naar", "bij", "uit", "over", "onder", "tegen", "tot", "door", "om",
        "zonder", "tussen", "na", "sinds", "tijdens", "binnen", "buiten", "achter", "naast", "rond", "via", "per",
        "niet", "geen", "nooit", "wel", "ook", "nog", "al", "alle", "allemaal", "alles", "er", "hier", "daar", "nu",
        "zo", "zoals", "heel", "erg", "echt", "veel", "weinig", "meer", "minder", "meest", "even", "toch",
        "eens", "weer", "terug", "gewoon", "misschien", "natuurlijk", "eigenlijk", "zelfs", "vooral", "altijd", "soms",
        "iemand", "niemand", "iets", "niets", "niks", "elk", "elke", "ieder", "iedere", "iedereen", "andere", "ander",
        "zelf", "goed", "beter", "ja", "nee", "neen", "oke", "ok", "hoor", "he", "jaja", "zeker",
        "waarop", "waarin", "waarvan", "waarmee", "daarom", "daarna", "daarvoor", "daarmee", "daarover", "hierover",
        "eerst", "pas", "zeer", "geworden", "staat", "staan", "stond", "ziet", "zien", "zag", "gezien", "weet", "weten",
        "wist", "denk", "denken", "dacht", "snap", "graag", "hele", "den", "der", "des", "te", "ten", "ter", "ofzo",
        "enz", "bv", "dus", "omdat", "terwijl", "hoewel", "zodat", "indien", "tenzij", "opdat", "zowel", "noch",
        "ofwel", "alsof", "totdat", "nadat", "voordat", "sommige", "sommigen", "beide", "beiden", "welke", "zulke",
        "zulk", "zoiets", "datgene", "hetzelfde", "dezelfde", "ene", "enkele", "enkel", "ieders", "jou", "jezelf",
        "mezelf", "ons", "onszelf", "elkaar", "mekaar", "waren", "zijt", "geweest", "wezen", "gaf", "geven", "geeft",
        "gegeven", "krijgt", "krijgen", "kreeg", "gekregen", "maakt", "maken", "maakte", "gemaakt", "houdt", "houden",
        "blijft", "blijven", "bleef", "gebleven", "zit", "zitten", "zat", "ligt", "liggen", "lag", "lijkt", "lijken",
        "hoeft", "hoeven", "moesten", "mochten", "mocht", "wou", "wilden", "kunt", "zult", "gaan", "kijk", "kijken",
        "zeggen", "zei", "gezegd", "zegde", "vinden", "vond", "gevonden", "hebben", "hoort", "horen", "lees", "lezen",
        "toe", "af", "mee", "heen", "langs", "vanaf", "vanuit", "volgens", "wegens", "ondanks", "omtrent", "jegens",
        "boven", "beneden", "voorbij", "richting", "binnenkort", "straks", "vroeger", "later", "vaak", "nogal", "best",
        "helemaal", "steeds", "reeds", "ooit", "daarbij", "namelijk", "trouwens", "immers", "echter", "wellicht",
        "waarschijnlijk", "blijkbaar", "letterlijk", "precies", "ongeveer", "bijna", "genoeg", "teveel", "zeer",
        "hen", "hunne", "welnu", "zo'n", "zn", "m'n", "z'n", "d'r", "'t", "da's", "'s", "wat's",
        // Flemish and colloquial forms.
        "ge", "gij", "gulle", "gullie", "da", "ne", "nen", "nie", "ni", "kik", "zedde", "hedde", "hebde",
        "amai", "allez", "awel", "ewel", "allee", "hunne", "zijne", "haren", "mijne", "uwe", "diene",
        "dieje", "datte", "efkes", "ekik", "wa", "wadde", "gelijk", "zenne", "zulle", "zeh", "tis", "tzijn", "zen",
        "ist", "kheb", "kzijn", "kga", "kweet", "kvind", "gy", "wete", "hene", "ginder", "seffens", "direct", "nu",
        "lol", "haha", "hahaha", "omg", "wtf", "pff", "tja", "jep", "nope", "xd", "ps", "rt", "euh", "hm", "hmm",
        "shit", "oei", "jeetje", "tof", "top", "wauw", "wow", "gene", "genen", "moogt", "kunde", "zijde", "hedde",
        "wilde", "gade", "in't", "aan't", "van't", "naar't", "op't", "met't", "voor't", "uit't", "over't", "da's",
        "tkan", "tis", "tes", "kzen", "kzie", "kdenk", "kvind", "zo'n", "nen", "ene", "den", "ulder", "ulle",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        // Generic content words: meaningful in a sentence, meaningless as a theme ("alleen · geld · schepen").
        "alleen", "gewone", "gewoon", "nieuw", "nieuwe", "oud", "oude", "groot", "grote", "klein", "kleine", "lang",
        "lange", "kort", "korte", "hoog", "laag", "eerste", "tweede", "derde", "laatste", "volgende", "vorige",
        "mensen", "mens", "persoon", "personen", "iedereen", "volk", "leven", "land", "stad", "gemeente", "dorp",
        "wijk", "buurt", "straat", "plaats", "plek", "ding", "dingen", "zaak", "zaken", "manier", "kant", "deel",
        "stuk", "soort", "geval", "feit", "feiten", "vraag", "vragen", "antwoord", "probleem", "problemen", "keer",
        "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "tijd", "moment",
        "vandaag", "gisteren", "morgen", "avond", "ochtend", "middag", "nacht", "weekend", "nu", "straks",
        "goed", "slecht", "mooi", "schoon", "leuk", "fijn", "zalig", "belangrijk", "duidelijk", "juist", "fout",
        "waar", "echt", "beetje", "veel", "hele", "heel", "zeker", "precies", "gelijk", "normaal", "raar",
        "bedankt", "dank", "dankje", "dankjewel", "merci", "proficiat", "sorry", "hallo", "hoi", "dag", "groetjes",
        "iets", "info", "informatie", "nieuws", "bericht", "berichten", "post", "pagina", "reactie", "reacties",
        "foto", "video", "link", "artikel", "krant", "facebook", "twitter", "instagram", "tiktok",
        "weet", "zeg", "zegt", "denk", "vindt", "hoop", "vraag", "graag", "kunnen", "moeten", "komt",
        "nodig", "mogelijk", "eigen", "enige", "echte", "volledig", "totaal", "samen", "allebei",
        // Days, months, numerals and time words: they date a message, they do not say what it is about.
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
        "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "zomer", "winter",
        "lente", "herfst", "vanavond", "vannacht", "vanmorgen", "vanmiddag", "straks", "vroeg", "laat", "volgend",
        "volgende", "vorig", "vorige", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
        "twaalf", "twintig", "honderd", "duizend", "miljoen", "miljard", "euro", "procent", "half", "halve", "dubbel",
        "eerst", "eindelijk", "opnieuw", "nog", "net", "juist", "ineens", "plots", "meteen", "toen",
        // Everyday verbs and adjectives of comment threads.
        "kom", "komt", "doe", "doet", "ga", "gaat", "zie", "ziet", "zeg", "vind", "hoor", "wonen", "woont", "woon",
        "werken", "werkt", "werk", "rijden", "rijdt", "zoeken", "zoekt", "vragen", "vraagt", "vroeg", "praten", "praat",
        "lezen", "leest", "schrijven", "schreef", "schrijft", "riep", "roept", "roepen", "noemen", "noemt", "genoemd",
        "open", "dicht", "klopt", "kloppen", "snel", "traag", "simpel", "makkelijk", "moeilijk", "zwaar", "licht",
        "blij", "boos", "kwaad", "bang", "trots", "super", "gratis", "overal", "nergens", "ergens", "anders", "dikke", "dik",
        "begrijp", "begrijpen", "snap", "snappen", "weten", "leren", "geleerd", "betalen", "betaalt", "betaald",
        "kopen", "koopt", "gekocht", "brengen", "brengt", "gebracht", "nemen", "neemt", "genomen", "zetten", "zet",
        "gezet", "staan", "lopen", "loopt", "gelopen", "wachten", "wacht", "gewacht", "spelen", "speelt", "helpen",
        "helpt", "geholpen", "proberen", "probeert", "geprobeerd", "beginnen", "begint", "begonnen", "stoppen",
        "stopt", "gestopt", "gebeurd", "gebeurt", "gebeuren", "bellen", "belt", "gebeld", "mail", "mailen", "sturen",
        "stuurt", "gestuurd", "aanvragen", "meldt", "melden", "gemeld", "opent", "openen", "telt", "tellen", "terecht", "erbij", "doorgaat", "doorgaan", "bouwen", "bouwt", "organiseerden", "organiseert", "organiseren", "dragen", "draagt", "beslist", "beslissen", "testen", "meer", "minder", "veel", "weinig", "genoeg", "andere", "anderen",
        // Everyday people and things that occur in every kind of discussion.
        "kind", "kinderen", "kids", "zoon", "dochter", "vader", "moeder", "mama", "papa", "ouders", "familie",
        "vrouw", "vrouwen", "man", "mannen", "jongen", "meisje", "meisjes", "gast", "gasten", "vriend", "vrienden",
        "collega", "buurman", "buurvrouw", "buren", "bewoner", "iemand", "niemand", "thuis", "huis", "weg", "auto",
        "geld", "lijst", "dienst", "nummer", "adres", "werk", "job", "club", "groep", "team", "zaal",
        "ander", "kant", "hand", "hoofd", "oog", "ogen", "woord", "woorden", "naam", "namen", "mening", "idee",
    };

    /// <summary>True for a function word or filler (folded).</summary>
    public static bool Contains(string folded) => Words.Contains(folded);

    /// <summary>True for a function word, filler or generic content word: never a key of its own.</summary>
    public static bool IsNoKey(string folded) => Words.Contains(folded) || Generic.Contains(folded);
}
