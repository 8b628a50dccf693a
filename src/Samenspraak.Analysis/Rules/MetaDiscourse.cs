using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Talk about hate rather than hate itself, as moderators, youth workers and municipal staff write it:
/// <list type="bullet">
/// <item>hate named as a noun phrase ("haat tegen moslims hoort hier niet thuis", "hoe gaan jullie om met online haat
/// tegen vluchtelingen?", "geweld tegen vrouwen moet stoppen"): the hate is the topic, not the speaker's attitude, unless
/// the speaker owns it ("ik voel alleen haat tegen ...") or endorses it ("haat tegen ... is terecht");</item>
/// <item>attacks described as what messages do ("reacties die groepen aanvallen", "aanvallen op moslims"): a report
/// of violence or verbal attacks, not a threat.</item>
/// </list>
/// </summary>
internal static class MetaDiscourse
{
    private static readonly ulong Me = SpanHash.Of("me");
    private static readonly HashSet<ulong> Towards = SlurSense.Hashes("tegen", "tegenover", "jegens", "tov", "naar", "op");
    private static readonly HashSet<ulong> Relatives = SlurSense.Hashes("die", "dat", "welke", "wat", "da");
    private static readonly HashSet<ulong> Feelings = SlurSense.Hashes("voel", "voelen", "voelt", "voelde", "koester", "koesteren", "koestert");
    private static readonly HashSet<ulong> Possessives = SlurSense.Hashes("mijn", "m'n", "onze", "ons", "uw");
    private static readonly HashSet<ulong> Endorsements = SlurSense.Hashes(
        "terecht", "terechte", "logisch", "logische", "begrijpelijk", "gerechtvaardigd", "verdiend", "verdiende", "verdienen", "verdient", "gezond", "gezonde", "juiste");
    private static readonly HashSet<ulong> AttackNouns = SlurSense.Hashes("aanvallen", "aanslagen", "aanval", "aanslag", "agressie", "geweld", "haat", "racisme", "discriminatie");

    /// <summary>
    /// The sentence names hate or violence against someone as a topic ("haat tegen X", "geweld tegen X") and the
    /// speaker neither owns nor endorses it.
    /// </summary>
    public static bool NamesHate(TokenBuffer tokens, in SentenceFacts f)
    {
        var named = false;
        for (var k = f.Start; k < f.End - 1; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || (t.AllTags & (LexTag.NegEmote | LexTag.Violence | LexTag.ThreatVerb | LexTag.Condemn)) == 0 && !AttackNouns.Contains(t.Hash))
            {
                continue;
            }
            var next = NextWord(tokens, k + 1, f.End);
            if (next >= 0 && Towards.Contains(tokens[next].Hash) && IsNounUse(tokens, k, f.Start))
            {
                // "mijn haat tegen ...", "ik voel alleen maar haat tegen ...": the speaker owns the hate.
                if (k - 1 >= f.Start && Possessives.Contains(tokens[k - 1].Hash))
                {
                    return false;
                }
                for (var j = f.Start; j < k; j++)
                {
                    if (Feelings.Contains(tokens[j].Hash))
                    {
                        return false;
                    }
                }
                named = true;
                break;
            }
        }
        if (!named)
        {
            return false;
        }
        for (var k = f.Start; k < f.End; k++)
        {
            if (tokens[k].IsWord && Endorsements.Contains(tokens[k].Hash))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The violence word at <paramref name="k"/> describes what messages do ("reacties die groepen aanvallen") or is a
    /// noun ("aanvallen op moslims"), not an act the speaker threatens.
    /// </summary>
    public static bool DescribesAttack(TokenBuffer tokens, int k, in SentenceFacts f)
    {
        var next = NextWord(tokens, k + 1, f.End);
        if (next >= 0 && Towards.Contains(tokens[next].Hash) && AttackNouns.Contains(tokens[k].Hash))
        {
            return true;
        }
        // A speech noun, then a relative pronoun, then the verb: the messages are the subject of the attack.
        var relative = false;
        for (var j = k - 1; j >= f.Start && j >= k - 8; j--)
        {
            ref var t = ref tokens[j];
            if (!t.IsWord)
            {
                continue;
            }
            if (Relatives.Contains(t.Hash))
            {
                relative = true;
            }
            else if (relative && (t.AllTags & LexTag.SpeechNoun) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Sentence-initial, after an article, adjective or preposition: "Haat tegen", "online haat tegen", "met haat tegen".</summary>
    private static bool IsNounUse(TokenBuffer tokens, int k, int start)
    {
        var prev = k - 1;
        while (prev >= start && !tokens[prev].IsWord)
        {
            prev--;
        }
        if (prev < start)
        {
            return true;
        }
        // Flemish "me" is often "met" ("hoe gaat ge om me haat tegen ...").
        if (tokens[prev].Hash == Me)
        {
            return true;
        }
        // "ik haat", "wij haten", "ze haten": a pronoun subject directly before makes it a verb.
        return (tokens[prev].AllTags & (LexTag.FirstSingular | LexTag.FirstPlural | LexTag.SecondPerson | LexTag.ThirdPlural | LexTag.Modal | LexTag.Future)) == 0;
    }

    private static int NextWord(TokenBuffer tokens, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (tokens[j].IsWord)
            {
                return j;
            }
        }
        return -1;
    }
}
