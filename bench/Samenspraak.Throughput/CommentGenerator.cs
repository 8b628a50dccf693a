using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Samenspraak.Throughput;

/// <summary>
/// Writes a deterministic NDJSON file of comments like those under a city's posts: mostly ordinary remarks on local
/// news, some sharp criticism, some Flemish register, emoji, hashtags, mentions and links, and a small share of abuse
/// and hate so every path of the engine is exercised. Sentences are composed from fragments written for this harness;
/// a fixed seed gives the same file on every run.
/// </summary>
internal static class CommentGenerator
{
    private static readonly string[] Openers =
    [
        "Eerlijk gezegd", "Amai", "Allez", "Goed nieuws", "Ik snap het niet", "Weeral", "Proficiat aan de stad", "Zeg,",
        "Als bewoner van de wijk", "Wie beslist zoiets", "Mijn buurvrouw zei het al", "Eindelijk", "Pff", "Straf",
        "Ge moet het maar durven", "Ik lees hier veel reacties maar", "Nog een keer", "Dankjewel voor de info",
    ];

    private static readonly string[] Subjects =
    [
        "de nieuwe fietsstraat aan de Kerkstraat", "het opvangcentrum in de oude kazerne", "de bouw van de moskee aan de ring",
        "de Pride-optocht van zaterdag", "de wachtlijst voor de kinderopvang", "het circulatieplan rond het station",
        "de verkiezingsaffiches op het marktplein", "de politiecontroles aan het park", "de sluiting van de bib in het centrum",
        "het zwembad dat weer dicht is", "de steunactie voor Oekraïne", "de betoging over Gaza op de Grote Markt",
        "de coronacijfers in de scholen", "het nieuwe parkeerbeleid", "de jeugdwerking van de voetbalclub", "de kermis op het plein",
    ];

    private static readonly string[] Opinions =
    [
        "is echt een verbetering voor de buurt", "kost veel te veel belastinggeld", "had beter overlegd geweest met de bewoners",
        "zorgt elke ochtend voor file", "is een schande voor een stad als de onze", "verdient meer steun van het bestuur",
        "is slecht gecommuniceerd", "wordt door niemand gevraagd", "is een mooi voorbeeld van samenleven",
        "gaat de wijk veiliger maken", "is da's gewoon zever van het schepencollege", "lost het echte probleem niet op",
        "is ne goeie zaak voor de kinderen", "mag wat mij betreft morgen al beginnen",
    ];

    private static readonly string[] Closers =
    [
        "Wie gaat er mee naar de infoavond?", "Stem volgende keer beter!", "Bedankt aan de vrijwilligers.", "Ik ben benieuwd.",
        "Da's toch ni normaal.", "Doe zo voort!", "Meer info op https://www.example.be/nieuws", "#stad #samenleven",
        "@burgemeester wat denkt gij ervan?", "👍", "😡😡", "🙄", "Tot zaterdag op de markt!", "Schaam u.",
        "Bel gerust naar het stadhuis.", "Ik hoop dat het lukt.",
    ];

    private static readonly string[] Harsh =
    [
        "Die idioot van de schepen moet opstappen, wat een sukkel.",
        "Die vluchtelingen zijn allemaal profiteurs en moeten terug naar hun land.",
        "Die moslims zijn ratten, buiten met dat volk.",
        "Ze zouden die betogers eens goed in elkaar moeten slaan.",
        "Het vaccin zit vol chips, de regering liegt over alles.",
        "Wij gewone Vlamingen betalen altijd voor die elite daarboven.",
        "Bel hem maar op 0471 23 45 67, hij woont in de Dorpsstraat 14.",
    ];

    public static void Write(string path, int count, int seed = 20261123)
    {
        var random = new Random(seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var text = new StringBuilder(256);
        for (var i = 0; i < count; i++)
        {
            Compose(random, text);
            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", "b-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("channel", "facebook");
            json.WriteString("text", text.ToString());
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }
    }

    private static void Compose(Random random, StringBuilder text)
    {
        text.Clear();
        text.Append(Pick(random, Openers)).Append(' ').Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Opinions)).Append(". ");
        if (random.Next(100) < 6)
        {
            text.Append(Pick(random, Harsh)).Append(' ');
        }
        else if (random.Next(100) < 45)
        {
            text.Append("En ").Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Opinions)).Append(". ");
        }
        text.Append(Pick(random, Closers));
        if (random.Next(100) < 8)
        {
            // Shouting happens: an all-caps comment.
            var upper = text.ToString().ToUpperInvariant();
            text.Clear().Append(upper);
        }
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
