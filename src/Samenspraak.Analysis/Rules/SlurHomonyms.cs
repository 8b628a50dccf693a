using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Slur terms that are also ordinary Dutch words, each with the words that signal the ordinary sense. The lists are
/// the team's own: the kitchen, the garden and money for "pot", animals and furniture for "poot", family for "nicht",
/// dog breeding for "teef", farms for "bokken", history for "barbaren", recruitment for "koppensnellers", and so on.
/// </summary>
internal static class SlurHomonyms
{
    private const int Window = 8;

    private static readonly string[] Kitchen = ["soep", "koffie", "thee", "keuken", "koken", "kookt", "kookte", "gekookt", "pan", "pannen",
        "deksel", "fornuis", "vuur", "water", "saus", "stoofvlees", "stoverij", "pasta", "rijst", "mosselen", "choco", "confituur", "jam",
        "honing", "pindakaas", "mosterd", "augurken", "yoghurt", "inmaak", "glazen", "bokaal", "kruiden", "basilicum", "suiker", "zout",
        "vol", "leeg", "kast", "schap", "frigo", "koelkast", "afwas", "afwassen", "recept", "eten", "vet", "olie", "groenten", "fruit",
        "appelmoes", "soepkip", "kilo", "liter", "gram", "gevuld", "deksels", "kommen", "borden", "tas", "tassen", "kopjes", "gebroken",
        "brak", "viel", "gevallen", "stuk", "scherven", "ketel", "markt", "winkel", "kopen", "gekocht", "verkocht", "euro", "prijs"];

    private static readonly string[] Garden = ["bloemen", "bloem", "plant", "planten", "plantje", "tuin", "terras", "aarde", "potgrond",
        "tomaten", "kruiden", "cactus", "vensterbank", "bloembollen", "bollen", "zaaien", "gieten", "begieten", "serre", "klei", "aardewerk",
        "keramiek", "pottenbakker", "draaischijf", "verf", "lijm", "bomen", "boompjes", "aardappelen", "haag"];

    private static readonly string[] Money = ["geld", "sparen", "spaarpot", "kas", "fonds", "inzet", "poker", "kaarten", "spel", "winnen",
        "gewonnen", "jackpot", "centen", "gemeenschappelijke", "pot", "ploeg", "voetbal", "match", "potje", "biljart", "tafeltennis"];

    private static readonly string[] AnimalsAndFurniture = ["hond", "honden", "hondje", "kat", "katten", "poes", "paard", "paarden", "konijn",
        "vogel", "dier", "dieren", "kip", "kikker", "spin", "insect", "beer", "leeuw", "tafel", "stoel", "stoelen", "kast", "bed", "bank",
        "zetel", "gebroken", "gekwetst", "gewond", "mank", "manken", "dierenarts", "verband", "gebeten", "achterpoot", "voorpoot",
        "hangende", "staart", "kop", "oor", "vacht", "nagels", "klauw", "zetten", "gezet", "project", "vereniging", "initiatief", "plan",
        "geplant", "planten", "bomen", "aardappelen", "bloembollen", "tuin", "zaaien"];

    private static readonly string[] Family = ["neef", "neven", "nicht", "nichten", "tante", "tantes", "oom", "ooms", "nonkel", "nonkels",
        "tant", "familie", "familiefeest", "kozijn", "kozijne", "zus", "zussen", "broer", "broers", "zuster", "moeder", "vader", "mama",
        "papa", "oma", "opa", "meter", "peter", "kleinkind", "kleinkinderen", "schoonzus", "dochter", "zoon", "verjaardag", "trouw",
        "trouwt", "trouwfeest", "getrouwd", "bevallen", "baby", "doopfeest", "communie", "logeert", "logeren"];

    private static readonly string[] DogBreeding = ["hond", "honden", "pups", "puppy", "puppy's", "pupjes", "nest", "nestje", "fokker",
        "fokkers", "fokken", "kweker", "reu", "reuen", "ras", "rashond", "labrador", "herder", "herdershond", "golden", "retriever",
        "kennel", "dierenarts", "drachtig", "loops", "gedekt", "dekken", "jongen", "wierp", "welpen", "wolf", "wolven", "vos", "vossen",
        "asiel", "dierenasiel", "gesteriliseerd", "castreren", "uitlaten", "wandelen", "baasje", "ingeënt", "ingeent"];

    private static readonly string[] Farm = ["geiten", "geit", "schapen", "schaap", "lammeren", "lam", "boerderij", "kinderboerderij",
        "weide", "wei", "stal", "boer", "boerin", "hoorns", "horens", "melk", "kudde", "hooi", "gras", "dierentuin", "zoo", "bokje",
        "springen", "turnen", "turnles", "gymzaal", "turnzaal", "kast", "ringen"];

    private static readonly string[] Primates = ["zoo", "dierentuin", "apen", "aap", "apensoort", "soort", "soorten", "primaten", "bos",
        "jungle", "oerwoud", "natuur", "documentaire", "berberapen", "gibraltar", "bali", "tempel", "bananen", "staart", "dieren"];

    private static readonly string[] Sun = ["zon", "zonnen", "zonnebank", "zonnecreme", "zonnecrème", "strand", "huid", "vakantie", "terras",
        "zomer", "bruin", "kleur", "beer", "beertje", "beren", "paard", "paarden", "pony", "pony's", "veulen", "manege", "stal"];

    private static readonly string[] Cloth = ["afwassen", "afdrogen", "afwas", "vaat", "keuken", "handdoeken", "handdoek", "droogdoek",
        "borden", "glazen", "wassen", "gewassen", "wasmachine", "lade", "schuif", "strijken", "gestreken", "stof", "katoen", "linnen",
        "winkel", "markt", "kopen", "gekocht", "sjaals", "sjaal", "zijde", "kleuren", "patroon", "breien", "gebreid", "naaien", "kraam"];

    private static readonly string[] History = ["romeinen", "romeins", "romeinse", "rijk", "keizer", "geschiedenis", "geschiedenisles",
        "eeuw", "eeuwen", "historisch", "historici", "les", "leerstof", "museum", "strip", "film", "reeks", "serie", "boek", "roman",
        "stammen", "stam", "germaanse", "germanen", "grieken", "grieks", "griekse", "vikingen", "middeleeuwen", "oudheid", "ontdekkingsreiziger",
        "ontdekkingsreizigers", "eiland", "expeditie", "dzjengis", "khan", "steppe", "mongolie", "mongolië", "ruiters", "nomaden",
        "invasie", "veroveraars", "veroverd", "spel", "game", "computerspel", "toneel", "opera", "borneo", "antropologie", "bijbel",
        "bijbelverhaal", "jezus", "genas", "genezen", "blinden", "doven", "evangelie", "kerk", "preek"];

    private static readonly string[] Recruitment = ["bureau", "rekruteringsbureau", "selectiebureau", "vacature", "vacatures", "kandidaat",
        "kandidaten", "headhunter", "headhunters", "job", "jobs", "cv", "sollicitatie", "sollicitaties", "werkgever", "werkgevers",
        "bedrijf", "bedrijven", "linkedin", "profiel", "manager", "managers", "functie", "aanwerving", "aanwervingen", "hr", "belde",
        "gebeld", "salaris", "loon"];

    private static readonly string[] Desert = ["woestijn", "sahara", "karavaan", "karavanen", "kamelen", "kameel", "tocht", "toeristen",
        "reis", "reizen", "excursie", "duinen", "oase", "gids", "gidsen", "zand", "rit", "tent", "tenten", "bedoeienen"];

    private static readonly string[] Light = ["licht", "lichten", "lamp", "lampen", "lampje", "kaars", "kaarsen", "scherm", "tv", "tl",
        "lamp", "vuur", "vlam", "vlammen", "sterren", "ster", "kerstverlichting", "verlichting", "neon"];

    private static readonly Dictionary<ulong, HashSet<ulong>> Cues = Build(
        (["pot", "potten", "potje", "potjes", "potteke", "pottekes"], [Kitchen, Garden, Money]),
        (["poot", "poten", "pootje", "pootjes", "pooteke", "pootekes"], [AnimalsAndFurniture]),
        (["nicht", "nichten", "nichtje", "nichtjes", "nichtke", "nichtkes"], [Family]),
        (["teef", "teven", "teefje", "teefjes"], [DogBreeding]),
        (["bokken", "bok"], [Farm]),
        (["makak", "makakken", "makaak", "makaken"], [Primates]),
        (["bruinen", "bruintjes", "bruintje"], [Sun]),
        (["theedoeken", "theedoek", "hoofddoekjes", "hoofddoekje"], [Cloth]),
        (["barbaren", "inboorlingen", "mongolen", "mongool", "kreupelen"], [History]),
        (["koppensnellers", "koppensneller"], [Recruitment, History]),
        (["kameeldrijvers", "kameeldrijver", "kamelendrijvers"], [Desert]),
        (["flikker", "flikkers"], [Light]));

    /// <summary>Kinship and ownership words: "mijn nicht", "onze hond met zijn poot", "hun teef".</summary>
    private static readonly HashSet<ulong> Possessives = SlurSense.Hashes("mijn", "mn", "m'n", "ma", "mijnen", "ons", "onze", "z'n",
        "zn", "haar", "heur", "hunne", "uw", "jouw", "je", "ulder");

    /// <summary>Diminutives that are almost always literal ("een potje voetbal", "mijn nichtje").</summary>
    private static readonly HashSet<ulong> LiteralDiminutives = SlurSense.Hashes("potje", "potjes", "potteke", "pottekes", "pootje",
        "pootjes", "nichtje", "nichtjes", "nichtke", "nichtkes");

    private static readonly HashSet<ulong> Kinship = SlurSense.Hashes("nicht", "nichten", "nichtje", "nichtjes", "nichtke", "nichtkes");

    private static readonly HashSet<ulong> FirstPersonVerb = SlurSense.Hashes("ik", "k", "'k", "ikke");

    private static readonly HashSet<ulong> Flikker = SlurSense.Hashes("flikker");

    private static readonly HashSet<ulong> VerbObjects = SlurSense.Hashes("het", "dat", "da", "dit", "die", "dien", "hem", "haar",
        "ze", "alles", "de", "mijn", "uw", "hun");

    private static readonly ulong Van = SpanHash.Of("van");

    /// <summary>True when the context points to the ordinary, non-slur sense of the word at <paramref name="k"/>.</summary>
    public static bool IsOrdinarySense(TokenBuffer tokens, int k, int start, int end)
    {
        var h = tokens[k].Hash;
        if (LiteralDiminutives.Contains(h))
        {
            return true;
        }
        if (Flikker.Contains(h) && IsFlingVerb(tokens, k, start, end))
        {
            return true;
        }
        if (!Cues.TryGetValue(h, out var cues))
        {
            return false;
        }
        if (Kinship.Contains(h) && (IsPossessed(tokens, k, start) || IsOfSomeone(tokens, k, end)))
        {
            return true;
        }
        for (var j = Math.Max(start, k - Window); j < Math.Min(end, k + Window + 1); j++)
        {
            if (j != k && tokens[j].IsWord && cues.Contains(tokens[j].Hash))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> belongs to the ordinary sense of the homonym <paramref name="slur"/>.</summary>
    public static bool IsCue(ulong slur, ulong word) => Cues.TryGetValue(slur, out var cues) && cues.Contains(word);

    /// <summary>"ik flikker van de trap", "flikker dat ding weg": the verb flikkeren (to fling, to fall).</summary>
    private static bool IsFlingVerb(TokenBuffer tokens, int k, int start, int end)
    {
        if (k > start && tokens[k - 1].IsWord && FirstPersonVerb.Contains(tokens[k - 1].Hash))
        {
            return true;
        }
        return k == start && k + 1 < end && tokens[k + 1].IsWord && VerbObjects.Contains(tokens[k + 1].Hash);
    }

    private static bool IsPossessed(TokenBuffer tokens, int k, int start)
    {
        for (var j = k - 1; j >= Math.Max(start, k - 2); j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            if (Possessives.Contains(tokens[j].Hash) && (j == k - 1 || (tokens[j + 1].AllTags & LexTag.Stopword) == 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"een nicht van mij", "de nicht van Sarah".</summary>
    private static bool IsOfSomeone(TokenBuffer tokens, int k, int end) => k + 2 < end && tokens[k + 1].IsWord && tokens[k + 1].Hash == Van
        && tokens[k + 2].IsWord;

    private static Dictionary<ulong, HashSet<ulong>> Build(params (string[] Words, string[][] Domains)[] entries)
    {
        var map = new Dictionary<ulong, HashSet<ulong>>();
        foreach (var (words, domains) in entries)
        {
            var cues = new HashSet<ulong>();
            foreach (var domain in domains)
            {
                foreach (var w in domain)
                {
                    cues.Add(SpanHash.Of(w));
                }
            }
            foreach (var w in words)
            {
                map[SpanHash.Of(w)] = cues;
            }
        }
        return map;
    }
}
