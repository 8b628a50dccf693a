using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>What one sentence contains, gathered in a single pass so the rules read flags instead of re-scanning.</summary>
internal struct SentenceFacts
{
    public int Start;
    public int End;
    public LexTag Tags;          // union of all (non-phrase-internal) tags
    public int FirstGroup;       // token index of the first group or slur mention, -1 when none
    public int GroupTarget;
    public bool Quote;
    public bool QuestionMark;
    public int Words;

    public static SentenceFacts Gather(TokenBuffer tokens, int start, int end)
    {
        var f = new SentenceFacts { Start = start, End = end, FirstGroup = -1, GroupTarget = -1 };
        for (var k = start; k < end; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord)
            {
                if (t.Punct == '"') f.Quote = true;
                if (t.Punct == '?') f.QuestionMark = true;
                continue;
            }
            f.Words++;
            var tags = t.InPhrase ? t.PhraseTags : t.AllTags;
            f.Tags |= tags;
            if ((tags & (LexTag.Group | LexTag.Slur)) != 0 && f.FirstGroup < 0)
            {
                f.FirstGroup = k;
                f.GroupTarget = t.PhraseTarget >= 0 ? t.PhraseTarget : t.Target;
            }
        }
        return f;
    }

    public readonly bool Has(LexTag tag) => (Tags & tag) != 0;
}
