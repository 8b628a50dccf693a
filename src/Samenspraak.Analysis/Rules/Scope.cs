using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Negation scope and clause helpers. Dutch puts "niet" after the verb and object ("ik haat ze niet") and "geen" or
/// "nooit" before the predicate ("zijn geen ratten", "nooit te vertrouwen"), so the scope looks a few words both ways
/// but never across a comma or a sentence end.
/// </summary>
internal static class Scope
{
    private static readonly ulong Maar = SpanHash.Of("maar");

    public static bool IsNegated(TokenBuffer tokens, int k, int sentenceStart, int sentenceEnd)
    {
        for (var j = k - 1; j >= Math.Max(sentenceStart, k - 4); j--)
        {
            ref var t = ref tokens[j];
            // "geen religie maar een moordzuchtige ideologie": the contrast ends the negation's scope.
            if (t.Punct == ',' || t.Punct == ':' || t.Hash == Maar || ((t.Tags & LexTag.Subordinator) != 0 && (t.Tags & LexTag.ThirdPlural) == 0))
            {
                break;
            }
            if ((t.AllTags & LexTag.Negation) != 0)
            {
                return true;
            }
        }
        // A negation inside the phrase that starts here is part of its meaning ("kunnen niet met geld omgaan").
        for (var j = k + Math.Max(1, (int)tokens[k].PhraseLength); j < Math.Min(sentenceEnd, k + 6); j++)
        {
            ref var t = ref tokens[j];
            if (t.Punct == ',' || t.Punct == ':' || (t.Tags & LexTag.Subordinator) != 0 && (t.Tags & LexTag.ThirdPlural) == 0)
            {
                break;
            }
            if ((t.AllTags & LexTag.Negation) != 0)
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsNegatedBefore(TokenBuffer tokens, int k, int sentenceStart)
    {
        for (var j = k - 1; j >= Math.Max(sentenceStart, k - 3); j--)
        {
            ref var t = ref tokens[j];
            if (t.Punct == ',' || t.Punct == ':')
            {
                break;
            }
            if ((t.AllTags & LexTag.Negation) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Token distance between two positions, ignoring punctuation.</summary>
    public static int Distance(int a, int b) => Math.Abs(a - b);
}
