using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// A group as the one who suffers: "vluchtelingen vinden moeilijk een woning", "transpersonen wachten lang op zorg",
/// "Roma worden gediscrimineerd op de huurmarkt". Such statements name the group's hardship, which says nothing
/// derogatory about the group; the n-gram models, which see the group name and a negative-sounding word, tend to
/// read them as hate. "X zijn moeilijk/lastig" (the group itself called difficult) is not hardship.
/// </summary>
internal static class Hardship
{
    private static readonly HashSet<ulong> Words = SlurSense.Hashes(
        "moeilijk", "moeilijker", "moeite", "zwaar", "zwaarder", "wachten", "wachtlijst", "wachtlijsten", "gediscrimineerd",
        "discriminatie", "slachtoffer", "slachtoffers", "kwetsbaar", "kwetsbare", "armoede", "dakloos", "uitgesloten",
        "uitgescholden", "geweigerd", "achtergesteld");

    public static bool IsExperienced(TokenBuffer tokens, in SentenceFacts f, int group)
    {
        if (group < 0)
        {
            return false;
        }
        for (var k = f.Start; k < f.End; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || !Words.Contains(t.Hash))
            {
                continue;
            }
            // "Moslims zijn moeilijk": a copula right after the group makes the group itself the difficulty.
            if (k >= 2 && k - 2 >= f.Start && tokens[k - 2].Start == tokens[group].Start && (tokens[k - 1].AllTags & LexTag.Copula) != 0)
            {
                return false;
            }
            return true;
        }
        return false;
    }
}
