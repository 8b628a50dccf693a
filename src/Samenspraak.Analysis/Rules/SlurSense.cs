using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Word-sense disambiguation for slur terms, run on the tagged tokens before the rules and the n-gram hashing (so the
/// models see "pot soep" as words, not as a slur placeholder). Three readings:
/// <list type="bullet">
/// <item>Harmless homonym: many Dutch slurs are also ordinary words (a cooking pot, a dog's leg, a niece, a female dog,
/// goats, tea towels, "flikkeren" = to fling or to flicker). Context decides: words of the ordinary sense nearby, a
/// possessive before a kinship word, a diminutive that is almost always literal, a verb reading after "ik".</item>
/// <item>Reclaimed: the speaker names themselves or their own group with the word in a non-hostile frame ("wij
/// flikkers zijn fier", "ik ben een trotse pot", "als nicht weet ik ..."). The word then counts as a group mention in
/// an identity statement.</item>
/// <item>Otherwise the slur stays a slur. A derogatory adjective next to it or any hostile cue in the sentence always
/// keeps the slur reading, whatever else the context says.</item>
/// </list>
/// </summary>
internal static class SlurSense
{
    private const LexTag Hostile = LexTag.NegEmote | LexTag.ThreatVerb | LexTag.ThreatIdiom | LexTag.Exclusion | LexTag.Dehum;
    private const LexTag DerogatoryAdjective = LexTag.Insult | LexTag.NegAttr | LexTag.Profanity;

    public static void Resolve(TokenBuffer tokens)
    {
        var start = 0;
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Sentence == tokens[start].Sentence)
            {
                continue;
            }
            ResolveSentence(tokens, start, k);
            start = k;
        }
    }

    private static void ResolveSentence(TokenBuffer tokens, int start, int end)
    {
        var sentenceTags = LexTag.None;
        var hasSlur = false;
        for (var k = start; k < end; k++)
        {
            ref var t = ref tokens[k];
            if (t.IsWord)
            {
                hasSlur |= (t.Tags & LexTag.Slur) != 0;
                sentenceTags |= t.InPhrase ? t.PhraseTags : t.AllTags;
            }
        }
        LiteralAnimals(tokens, start, end);
        if (!hasSlur)
        {
            return;
        }
        for (var k = start; k < end; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || (t.Tags & LexTag.Slur) == 0)
            {
                continue;
            }
            // Inside or at the head of a phrase that is no slur ("flikker op", "buiten de pot piesen") the phrase
            // meaning wins.
            if (t.InPhrase || (t.PhraseLength > 1 && (t.PhraseTags & LexTag.Slur) == 0))
            {
                Demote(ref t);
                continue;
            }
            if (t.PhraseLength > 1)
            {
                continue;
            }
            var hostileHere = (sentenceTags & Hostile & ~LexTag.Dehum) != 0 || HasDehumanising(tokens, k, start, end)
                || HasDerogatoryNeighbour(tokens, k, start);
            if (!hostileHere && SlurHomonyms.IsOrdinarySense(tokens, k, start, end))
            {
                Demote(ref t);
            }
            else if (!hostileHere && IsSelfReference(tokens, k, start, end, sentenceTags))
            {
                t.Tags = (t.Tags & ~LexTag.Slur) | LexTag.Group;
                t.Reclaimed = true;
            }
        }
    }

    /// <summary>A dehumanising word other than the slur itself and other than a word of its ordinary sense ("de hond
    /// heeft een gekwetste poot": the dog is the literal context of the leg, not a comparison).</summary>
    private static bool HasDehumanising(TokenBuffer tokens, int k, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            ref var t = ref tokens[j];
            if (j != k && t.IsWord && ((t.InPhrase ? t.PhraseTags : t.AllTags) & LexTag.Dehum) != 0 && !SlurHomonyms.IsCue(tokens[k].Hash, t.Hash))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "onze hond", "de kat van mijn zus", "hun varkens": an animal word that someone owns is an animal, not a
    /// dehumanising comparison. ("Die ratten van asielzoekers" names a group after "van" and stays dehumanising.)
    /// </summary>
    private static void LiteralAnimals(TokenBuffer tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || t.InPhrase || t.PhraseLength > 1 || (t.Tags & LexTag.Dehum) == 0 || (t.Tags & (LexTag.Slur | LexTag.Group)) != 0)
            {
                continue;
            }
            var owned = k > start && tokens[k - 1].IsWord && OwnerWords.Contains(tokens[k - 1].Hash);
            if (!owned && k + 2 < end && tokens[k + 1].IsWord && tokens[k + 1].Hash == Van && tokens[k + 2].IsWord)
            {
                // "de hond van de buren", "de kat van mijn zus": the owner after "van" is a person, not a group.
                var owner = k + 3 < end && tokens[k + 3].IsWord && (tokens[k + 2].AllTags & LexTag.Stopword) != 0 ? k + 3 : k + 2;
                owned = (tokens[owner].AllTags & (LexTag.Group | LexTag.Slur | LexTag.ThirdPlural)) == 0
                    && (OwnerWords.Contains(tokens[k + 2].Hash) || (tokens[owner].AllTags & (LexTag.Human | LexTag.PeopleNoun | LexTag.PersonRef)) != 0
                        || Neighbours.Contains(tokens[owner].Hash));
            }
            if (owned)
            {
                t.Tags &= ~LexTag.Dehum;
            }
        }
    }

    private static readonly ulong Van = SpanHash.Of("van");

    private static readonly HashSet<ulong> OwnerWords = Hashes("mijn", "mn", "m'n", "onze", "ons", "z'n", "zn", "haar", "heur", "uw", "hun",
        "jouw", "hunne", "ulder");

    private static readonly HashSet<ulong> Neighbours = Hashes("buren", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "zus",
        "broer", "vriend", "vriendin", "oma", "opa", "tante", "nonkel", "oom", "boer", "boerin", "familie", "collega");

    /// <summary>The word in its ordinary sense: no slur, no group, no dehumanising animal.</summary>
    private static void Demote(ref Token t)
    {
        t.Tags &= ~(LexTag.Slur | LexTag.Group | LexTag.Dehum | LexTag.PersonRef);
        t.Target = -1;
    }

    /// <summary>"vuile pot", "smerige nichten", "kutflikker": a derogatory word right before the slur.</summary>
    private static bool HasDerogatoryNeighbour(TokenBuffer tokens, int k, int start)
    {
        for (var j = k - 1; j >= Math.Max(start, k - 2); j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            if ((tokens[j].AllTags & DerogatoryAdjective) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The speaker is (one of) the people the word names: "wij/we flikkers", "ik ben (een trotse) pot", "we zijn nichten",
    /// "als pot ... ik", "ik noem mezelf een flikker". Only first-person subjects count, never "jij bent" or "die zijn".
    /// </summary>
    private static bool IsSelfReference(TokenBuffer tokens, int k, int start, int end, LexTag sentenceTags)
    {
        if ((sentenceTags & (LexTag.FirstSingular | LexTag.FirstPlural)) == 0 || (sentenceTags & LexTag.SecondPerson) != 0 && (sentenceTags & LexTag.Pride) == 0)
        {
            return false;
        }
        // Walk back over fillers ("een", "trotse", "echte") to what links the word to the speaker.
        for (var j = k - 1; j >= Math.Max(start, k - 4); j--)
        {
            ref var t = ref tokens[j];
            if (!t.IsWord)
            {
                return false;
            }
            var h = t.Hash;
            if ((t.AllTags & LexTag.FirstPlural) != 0 && j == k - 1)
            {
                return true; // "wij flikkers", "ons potten"
            }
            if (SelfWords.Contains(h))
            {
                return true; // "ik noem mezelf een pot"
            }
            if (h == Als)
            {
                return j == start || !tokens[j - 1].IsWord || (tokens[j - 1].AllTags & (LexTag.FirstSingular | LexTag.FirstPlural)) != 0
                    || NextIsFirstPerson(tokens, k, end);
            }
            if ((t.AllTags & LexTag.Copula) != 0 || CopulaFirst.Contains(h))
            {
                return IsFirstPerson(tokens, j - 1, start, end) || IsFirstPerson(tokens, j + 1, start, end);
            }
            if (!Fillers.Contains(h) && (t.AllTags & (LexTag.Pride | LexTag.Positive | LexTag.Intensifier)) == 0)
            {
                return false;
            }
        }
        return false;
    }

    private static bool NextIsFirstPerson(TokenBuffer tokens, int k, int end)
    {
        for (var j = k + 1; j < Math.Min(end, k + 4); j++)
        {
            if (tokens[j].IsWord && (tokens[j].AllTags & (LexTag.FirstSingular | LexTag.FirstPlural)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFirstPerson(TokenBuffer tokens, int j, int start, int end) =>
        j >= start && j < end && tokens[j].IsWord && (tokens[j].AllTags & (LexTag.FirstSingular | LexTag.FirstPlural)) != 0
        && !Possessives.Contains(tokens[j].Hash);

    private static readonly ulong Als = SpanHash.Of("als");

    private static readonly HashSet<ulong> SelfWords = Hashes("mezelf", "mijzelf", "onszelf", "mij", "me");

    /// <summary>First-person copula forms not in the lexicon's copula list.</summary>
    private static readonly HashSet<ulong> CopulaFirst = Hashes("ben", "zijn", "zijt", "was", "waren", "blijf", "noem", "noemen");

    /// <summary>"mijn"/"onze" are first person but possessive: "mijn nicht is ..." is not self-reference.</summary>
    private static readonly HashSet<ulong> Possessives = Hashes("mijn", "mn", "m'n", "onze", "ons");

    private static readonly HashSet<ulong> Fillers = Hashes("een", "ne", "nen", "n", "'n", "ook", "maar", "gewoon", "echt", "echte",
        "trotse", "fiere", "blije", "gelukkige", "allemaal", "alle", "allebei", "twee", "gewone", "zelf", "toch", "nu", "al", "nog",
        "altijd", "nen echte", "oude", "jonge", "vrolijke", "stoere", "grote", "dikke", "wel", "nog steeds");

    internal static HashSet<ulong> Hashes(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words)
        {
            set.Add(SpanHash.Of(w));
        }
        return set;
    }
}
