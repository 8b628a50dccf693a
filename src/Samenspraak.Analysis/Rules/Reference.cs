using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Who a sentence without a group word is about, and group attacks that need no derogatory word: a group excluded
/// by "wij willen hier geen …" and one person blamed for a group trait ("typisch zo'n …").
/// </summary>
internal static class Reference
{
    private static readonly ulong Da = SpanHash.Of("da");
    private static readonly ulong T = SpanHash.Of("t");
    private static readonly ulong TApos = SpanHash.Of("'t");
    private static readonly ulong Deze = SpanHash.Of("deze");
    private static readonly ulong Dezen = SpanHash.Of("dezen");
    private static readonly ulong Zijn = SpanHash.Of("zijn");
    private static readonly ulong Zyn = SpanHash.Of("zyn");
    private static readonly ulong Waren = SpanHash.Of("waren");
    private static readonly ulong Blijven = SpanHash.Of("blijven");
    private static readonly ulong Wil = SpanHash.Of("wil");
    private static readonly ulong Willen = SpanHash.Of("willen");
    private static readonly ulong Wilt = SpanHash.Of("wilt");
    private static readonly ulong Hoeven = SpanHash.Of("hoeven");
    private static readonly ulong Hier = SpanHash.Of("hier");
    private static readonly ulong Meer = SpanHash.Of("meer");
    private static readonly ulong In = SpanHash.Of("in");
    private static readonly ulong Op = SpanHash.Of("op");
    private static readonly ulong Binnen = SpanHash.Of("binnen");
    private static readonly ulong Erbij = SpanHash.Of("erbij");

    /// <summary>A noun right after a demonstrative makes it a determiner of something else ("die fietsers", "dat weer").</summary>
    private const LexTag OtherNoun = LexTag.NonProtected | LexTag.ObjectNoun | LexTag.Politics | LexTag.ContactOrg | LexTag.PersonRef;

    /// <summary>
    /// The token of a pronoun or demonstrative subject that refers back to a group ("ze", "die", "het zijn", "da zijn",
    /// "'t zijn", "deze zijn"), or -1. Only a subject counts: a demonstrative followed by another noun names that noun,
    /// and a non-protected group named earlier in the sentence is the referent instead.
    /// </summary>
    public static int FindPronoun(TokenBuffer tokens, in SentenceFacts f)
    {
        for (var k = f.Start; k < f.End; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || t.InPhrase)
            {
                continue;
            }
            // "Fietsers, die zijn ...": a non-protected group named before the pronoun is what it refers to.
            if ((t.AllTags & (LexTag.NonProtected | LexTag.ThirdPlural)) == LexTag.NonProtected)
            {
                return -1;
            }
            var next = NextWord(tokens, k, f.End);
            var pronoun = (t.AllTags & LexTag.ThirdPlural) != 0
                // Flemish and demonstrative subjects refer to people only before a plural copula: "da zijn", "'t zijn",
                // "deze zijn"; "dit is haat" is about a situation.
                || ((t.Hash == Da || t.Hash == T || t.Hash == TApos || t.Hash == Deze || t.Hash == Dezen) && next >= 0 && IsPluralCopula(tokens[next].Hash));
            if (!pronoun)
            {
                continue;
            }
            if (next >= 0 && t.PhraseLength <= 1 && (tokens[next].AllTags & OtherNoun) != 0)
            {
                continue;
            }
            return k;
        }
        return -1;
    }

    /// <summary>
    /// "wij willen hier geen moslims (meer)", "we hoeven geen Roma in onze straat": a wish to be rid of a group, said
    /// with the negative article right before the group and nothing but a place or "meer" after it ("ik wil geen
    /// moslims beledigen" has a verb after the group and is not exclusion).
    /// </summary>
    public static bool IsUnwanted(TokenBuffer tokens, int k, in SentenceFacts f)
    {
        if (k <= f.Start || !f.Has(LexTag.FirstPlural | LexTag.FirstSingular) || (tokens[k - 1].AllTags & LexTag.Negation) == 0
            || (tokens[k - 1].PhraseLength > 1))
        {
            return false;
        }
        var want = false;
        for (var j = f.Start; j < k - 1; j++)
        {
            var h = tokens[j].Hash;
            want |= tokens[j].IsWord && (h == Wil || h == Willen || h == Wilt || h == Hoeven);
        }
        if (!want)
        {
            return false;
        }
        var after = NextWord(tokens, k + Math.Max(1, (int)tokens[k].PhraseLength) - 1, f.End);
        if (after < 0)
        {
            return true;
        }
        var a = tokens[after].Hash;
        return a == Hier || a == Meer || a == In || a == Op || a == Binnen || a == Erbij;
    }

    /// <summary>"typisch zo'n Afghaan", "wat verwacht je van een moslim": a frame that blames the person's group, ending
    /// at most two words (an article) before the group word.</summary>
    public static int TraitFrameBefore(TokenBuffer tokens, int k, int sentenceStart)
    {
        for (var j = k - 1; j >= Math.Max(sentenceStart, k - 8); j--)
        {
            ref var t = ref tokens[j];
            if (!t.IsWord)
            {
                return -1;
            }
            if ((t.PhraseTags & LexTag.TraitFrame) != 0 && j + t.PhraseLength >= k - 2 && j + t.PhraseLength <= k)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// A short sentence of at most six words that judges without naming anyone: a derogatory or criminal word and no
    /// subject of its own ("Echt luie mensen.", "Allemaal profiteurs!", "Stuk voor stuk dieven."). It continues the
    /// previous sentence and so is about the group named there.
    /// </summary>
    public static bool IsVerblessVerdict(TokenBuffer tokens, in SentenceFacts f)
    {
        const LexTag verdict = LexTag.NegAttr | LexTag.Dehum | LexTag.Criminal | LexTag.Slur;
        const LexTag subject = LexTag.FirstSingular | LexTag.FirstPlural | LexTag.SecondPerson | LexTag.NonProtected | LexTag.ObjectNoun
            | LexTag.Politics | LexTag.PersonRef | LexTag.Copula | LexTag.Modal | LexTag.Future | LexTag.Negation | LexTag.Report;
        return f.Words <= 6 && f.Has(verdict) && !f.Has(subject) && tokens[f.Start].IsWord;
    }

    private static bool IsPluralCopula(ulong h) => h == Zijn || h == Zyn || h == Waren || h == Blijven;

    private static int NextWord(TokenBuffer tokens, int k, int end)
    {
        var n = k + 1;
        return n < end && tokens[n].IsWord ? n : -1;
    }
}
