using System.Globalization;
using System.Text;

namespace Samenspraak.EndToEnd.Tests.Monitoring.Journey;

/// <summary>
/// The CSV a communication officer would export from a Facebook page: comments under a post about a reception
/// centre. Several are hateful towards one group and share a hashtag (so a theme forms), one row is ragged and one
/// has no text (so the validation report has something to say).
/// </summary>
internal static class UploadFile
{
    public const string Hashtag = "#opvangkerkstraat";

    /// <summary>A phrase only the first hateful comment has, to find that one message in Signalen.</summary>
    public const string MarkerPhrase = "geen enkele buurtbewoner";

    public const string RaggedReason = "rij heeft 2 velden, de koprij heeft er 4";

    public const string EmptyTextReason = "tekst ontbreekt";

    private static readonly string[] Hateful =
    [
        $"Die asielzoekers in de Kerkstraat zijn ratten, {MarkerPhrase} wil dat tuig hier {Hashtag}",
        $"Vuile asielzoekers, buiten met dat volk, ze zijn allemaal profiteurs {Hashtag}",
        $"Die asielzoekers zijn ongedierte en moeten weg uit onze gemeente {Hashtag}",
        $"Asielzoekers zijn parasieten die op onze kosten leven, weg ermee {Hashtag}",
        $"Dat asielzoekerstuig is een plaag, buiten met die ratten {Hashtag}",
        $"Stuur die asielzoekers terug, het zijn allemaal criminelen en ratten {Hashtag}",
        $"Ratten zijn het, die asielzoekers in de Kerkstraat, buiten ermee {Hashtag}",
        $"Vuile profiteurs die asielzoekers, ze horen hier niet {Hashtag}",
    ];

    private static readonly string[] Ordinary =
    [
        "Wanneer zijn de wegenwerken in de Stationsstraat eindelijk klaar?",
        "Mooi initiatief van de bib, de voorleesnamiddag was heel gezellig.",
        "Is het containerpark zaterdag open na de feestdag?",
        "Proficiat aan de vrijwilligers van de kerstmarkt!",
        "Waar kan ik een parkeerkaart voor bewoners aanvragen?",
        "De nieuwe fietsstraat langs de school is een verbetering.",
        "Wie weet of de zwemlessen in januari opnieuw beginnen?",
        "Dank aan de groendienst, het park ziet er prachtig uit.",
        "Kan er een extra vuilbak bij het speelplein komen?",
        "De infoavond over de opvang was duidelijk, merci voor de uitleg.",
        "Hoe laat begint de nieuwjaarsreceptie op het marktplein?",
        "Fijn dat de buurtbus weer rijdt op zondag.",
        "Is er al nieuws over de heraanleg van het dorpsplein?",
        "De straatverlichting in de Molenstraat is al een week stuk.",
        "Goed dat de gemeente de buurt op tijd informeert.",
        "Er staat een gat in het fietspad aan de brug, pas op.",
        "Leuke foto's van de jaarmarkt, volgend jaar zeker terug.",
        "Kunnen we vrijwilliger worden bij het onthaal van nieuwe buren?",
        "Wanneer komt de ophaling van het snoeihout langs?",
        "Dank voor het snelle antwoord van de dienst burgerzaken.",
        "Is de sporthal tijdens de kerstvakantie open voor de jeugd?",
        "Mijn buren zijn heel vriendelijk, ook de nieuwe gezinnen.",
        "Kan de gemeente meer zitbanken zetten langs de wandelroute?",
        "De markt op vrijdag is een aanrader, veel verse groenten.",
        "Weet iemand of het recyclagepark een nieuwe website heeft?",
        "Top dat de speeltuin nieuwe toestellen krijgt.",
        "Wie organiseert de buurtbarbecue deze zomer?",
        "Bedankt aan de brandweer voor de snelle hulp gisteren.",
    ];

    /// <summary>Header id,auteur,datum,tekst; the rows are published in the last hours, so a one-day rule counts them.</summary>
    public static string Csv(DateTimeOffset now)
    {
        var csv = new StringBuilder("id,auteur,datum,tekst\n");
        var row = 0;
        void Add(string text)
        {
            row++;
            var at = now.AddMinutes(-5 * row).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"fb-{row},bewoner{row % 13},{at},\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
        }

        for (var i = 0; i < Ordinary.Length; i++)
        {
            Add(Ordinary[i]);
            if (i % 4 == 1 && i / 4 < Hateful.Length)
            {
                Add(Hateful[i / 4]);
            }
        }

        foreach (var rest in Hateful.Skip(Ordinary.Length / 4))
        {
            Add(rest);
        }

        // A row cut short by a broken export, and a comment that was only a photo (no text).
        csv.Append("fb-ragged,bewoner99\n");
        csv.Append(CultureInfo.InvariantCulture, $"fb-foto,bewoner98,{now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)},\n");
        return csv.ToString();
    }
}
