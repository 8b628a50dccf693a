using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Features;

/// <summary>
/// Hashes a message into sparse feature buckets: word unigrams and bigrams and character 3-5-grams of each word
/// (with word-boundary marks). Group mentions are replaced by one placeholder (⟨GRP⟩) before hashing, so what the
/// models learn about "X zijn ratten" transfers to every group, also groups the corpus never names.
/// </summary>
internal static class FeatureHasher
{
    public const int BucketBits = 17;
    public const int Buckets = 1 << BucketBits;
    private const int Mask = Buckets - 1;

    private static readonly ulong GroupPlaceholder = SpanHash.Of("⟨GRP⟩");
    private static readonly ulong SlurPlaceholder = SpanHash.Of("⟨SLUR⟩");
    private static readonly ulong SentenceStart = SpanHash.Of("⟨S⟩");
    private const ulong WordSpace = 0x1000;
    private const ulong BigramSpace = 0x2000;
    private const ulong CharSpace = 0x3000;

    public static int Extract(NormalisedText text, TokenBuffer tokens, ref int[] buckets)
    {
        var n = 0;
        var prev = SentenceStart;
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord)
            {
                if (t.Punct is '.' or '!' or '?' or ';' or '\n')
                {
                    Add(ref buckets, ref n, SpanHash.Combine(BigramSpace, SpanHash.Combine(prev, t.Punct)));
                    prev = SentenceStart;
                }
                continue;
            }
            if (t.InPhrase && (tokens[k - 1].Has(LexTag.Group) || tokens[k - 1].InPhrase) && IsGroupPhraseContinuation(tokens, k))
            {
                continue;
            }
            ulong w;
            var tags = t.AllTags;
            if ((tags & LexTag.Slur) != 0)
            {
                w = SlurPlaceholder;
            }
            else if ((tags & LexTag.Group) != 0)
            {
                w = GroupPlaceholder;
            }
            else
            {
                w = t.Hash;
                AddCharGrams(text.Chars.AsSpan(t.Start, t.Length), ref buckets, ref n);
            }
            // The placeholder itself is no unigram feature: "a group is named" must not count as evidence of hate;
            // only what is said around it (bigrams, the other words) does.
            if (w != GroupPlaceholder)
            {
                Add(ref buckets, ref n, SpanHash.Combine(WordSpace, w));
            }
            Add(ref buckets, ref n, SpanHash.Combine(BigramSpace, SpanHash.Combine(prev, w)));
            prev = w;
        }
        return n;
    }

    private static bool IsGroupPhraseContinuation(TokenBuffer tokens, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (!tokens[j].InPhrase)
            {
                return (tokens[j].PhraseTags & LexTag.Group) != 0 && j + tokens[j].PhraseLength > k;
            }
        }
        return false;
    }

    private static void AddCharGrams(ReadOnlySpan<char> word, ref int[] buckets, ref int n)
    {
        // Boundary-marked character n-grams, computed as rolling prefixes: for each start, extend to 3, 4, 5 chars.
        var len = word.Length + 2;
        for (var i = 0; i < len; i++)
        {
            var h = CharSpace;
            for (var j = i; j < len && j < i + 5; j++)
            {
                var c = j == 0 ? '<' : j == len - 1 ? '>' : word[j - 1];
                h = SpanHash.Add(h, c);
                if (j - i >= 2)
                {
                    Add(ref buckets, ref n, h);
                }
            }
        }
    }

    private static void Add(ref int[] buckets, ref int n, ulong hash)
    {
        if (n == buckets.Length)
        {
            Array.Resize(ref buckets, buckets.Length * 2);
        }
        buckets[n++] = (int)((hash ^ (hash >> 29)) & Mask);
    }
}
