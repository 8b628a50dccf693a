using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Themes;

/// <summary>
/// MinHash signatures over word shingles of folded text. Links, @mentions and numbers are replaced by a
/// placeholder before shingling, because coordinated posts often differ only there. Hash functions are fixed
/// (FNV-1a mixed with per-row odd multipliers), so signatures are the same on every run and machine.
/// </summary>
public static class MinHasher
{
    public const int SignatureLength = 64;

    /// <summary>Words per shingle; short messages fall back to fewer so they still get a signature.</summary>
    public const int ShingleWords = 3;

    private static readonly ulong[] Seeds = BuildSeeds();

    public static ulong[] Signature(string text)
    {
        var words = new List<string>();
        foreach (var token in KeyPhraseExtractor.Tokens(text))
        {
            switch (token.Kind)
            {
                case KeyPhraseExtractor.TokenKind.Word:
                    words.Add(token.Text.All(char.IsDigit) ? "0" : token.Text);
                    break;
                case KeyPhraseExtractor.TokenKind.Hashtag:
                    words.Add("#" + token.Text);
                    break;
                case KeyPhraseExtractor.TokenKind.Mention:
                    words.Add("@");
                    break;
                default:
                    break;
            }
        }
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        if (words.Count == 0)
        {
            return signature;
        }
        var size = Math.Min(ShingleWords, words.Count);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var h = SpanHash.Offset;
            for (var j = i; j < i + size; j++)
            {
                foreach (var c in words[j])
                {
                    h = SpanHash.Add(h, c);
                }
                h = SpanHash.Add(h, ' ');
            }
            for (var r = 0; r < SignatureLength; r++)
            {
                var v = Mix(h ^ Seeds[r]);
                if (v < signature[r])
                {
                    signature[r] = v;
                }
            }
        }
        return signature;
    }

    /// <summary>Share of equal rows: an unbiased estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return (double)equal / SignatureLength;
    }

    // SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] BuildSeeds()
    {
        var seeds = new ulong[SignatureLength];
        var s = 0x5EED5EED5EED5EEDUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(s);
        }
        return seeds;
    }
}
