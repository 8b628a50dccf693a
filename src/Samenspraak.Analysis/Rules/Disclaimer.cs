using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// The prejudice disclaimer "ik heb niets tegen X, maar ze moeten ...": the first clause denies hostility, the clause
/// after "maar" makes a demand or a restriction on the group. Without such a demand ("..., maar wel tegen
/// extremisme", "..., maar ik ken er weinig") the disclaimer stays a positive statement.
/// </summary>
internal static class Disclaimer
{
    private static readonly HashSet<ulong> Heads = SlurSense.Hashes("niets", "niks", "heb", "hebben", "geen", "nie", "ni");

    /// <summary>A positive phrase such as "niets tegen" or "geen probleem met" starts at <paramref name="k"/>.</summary>
    public static bool IsHead(TokenBuffer tokens, int k) => tokens[k].PhraseLength > 1 && Heads.Contains(tokens[k].Hash);

    /// <summary>After "maar": a pronoun or the group as subject, then a modal ("ze moeten", "die mogen", "ze zouden").</summary>
    public static bool DemandFollows(TokenBuffer tokens, int maar, int end)
    {
        var subject = false;
        for (var j = maar + 1; j < Math.Min(end, maar + 6); j++)
        {
            ref var t = ref tokens[j];
            if (!t.IsWord)
            {
                continue;
            }
            var tags = t.AllTags;
            if ((tags & (LexTag.ThirdPlural | LexTag.Group)) != 0)
            {
                subject = true;
            }
            else if (subject && (tags & LexTag.Modal) != 0)
            {
                return true;
            }
            else if ((tags & (LexTag.FirstSingular | LexTag.FirstPlural | LexTag.SecondPerson)) != 0 && !subject)
            {
                return false;
            }
        }
        return false;
    }
}
