using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Claims;

/// <summary>
/// Matches messages against known claims regardless of word order: a claim is a set of stemmed content words with
/// IDF weights; a message scores the IDF share of the claim's stems it contains (word order free), blended with
/// the overlap of character trigrams of those stems, which forgives spelling and compounding differences.
/// </summary>
internal sealed class ClaimIndex
{
    /// <summary>Similarity from which a match is reported; chosen on the corpus (docs/model-card.md).</summary>
    public const double MatchThreshold = 0.5;

    private readonly ClaimEntry[] _entries;
    private readonly Dictionary<ulong, List<(int Claim, float Idf)>> _postings = [];

    private ClaimIndex(IReadOnlyList<KnownClaim> claims, Lexicon lexicon)
    {
        Claims = claims;
        var stems = new List<HashSet<ulong>>();
        var df = new Dictionary<ulong, int>();
        var trigrams = new List<HashSet<ulong>>();
        foreach (var claim in claims)
        {
            var (set, tri) = ContentStems(claim.Statement, lexicon);
            stems.Add(set);
            trigrams.Add(tri);
            foreach (var s in set)
            {
                df[s] = df.GetValueOrDefault(s) + 1;
            }
        }
        _entries = new ClaimEntry[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            var total = 0f;
            foreach (var s in stems[c])
            {
                var idf = (float)Math.Log(1.0 + (claims.Count + 1.0) / df[s]);
                total += idf;
                if (!_postings.TryGetValue(s, out var list))
                {
                    _postings[s] = list = [];
                }
                list.Add((c, idf));
            }
            _entries[c] = new ClaimEntry(total, trigrams[c], stems[c].Count);
        }
    }

    public IReadOnlyList<KnownClaim> Claims { get; }

    public static ClaimIndex Build(IEnumerable<KnownClaim> claims) => Build(claims, LexiconStore.Shared);

    public static ClaimIndex Build(IEnumerable<KnownClaim> claims, Lexicon lexicon)
    {
        // Later claims with the same id replace earlier ones (a municipality's fact-check overrides a built-in one).
        var byId = new Dictionary<string, KnownClaim>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var c in claims)
        {
            if (!byId.ContainsKey(c.Id)) order.Add(c.Id);
            byId[c.Id] = c;
        }
        return new ClaimIndex(order.Select(id => byId[id]).ToArray(), lexicon);
    }

    /// <summary>Best matching claim and its similarity, or (-1, 0).</summary>
    public (int Claim, double Similarity) Match(NormalisedText text, TokenBuffer tokens)
    {
        if (_entries.Length == 0)
        {
            return (-1, 0);
        }
        Span<float> mass = _entries.Length <= 256 ? stackalloc float[_entries.Length] : new float[_entries.Length];
        Span<ulong> seen = stackalloc ulong[64];
        var seenCount = 0;
        var any = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || t.Length < 2 || (t.Tags & LexTag.Stopword) != 0)
            {
                continue;
            }
            var word = text.Chars.AsSpan(t.Start, t.Length);
            var stem = SpanHash.Of(word[..DutchStemmer.StemLength(word)]);
            if (!_postings.TryGetValue(stem, out var list) || Contains(seen[..seenCount], stem))
            {
                continue;
            }
            if (seenCount < seen.Length) seen[seenCount++] = stem;
            foreach (var (claim, idf) in list)
            {
                mass[claim] += idf;
                any = true;
            }
        }
        if (!any)
        {
            return (-1, 0);
        }
        var best = -1;
        var bestSim = 0.0;
        HashSet<ulong>? messageTrigrams = null;
        for (var c = 0; c < _entries.Length; c++)
        {
            var coverage = _entries[c].IdfTotal > 0 ? mass[c] / _entries[c].IdfTotal : 0;
            if (coverage < 0.3)
            {
                continue;
            }
            messageTrigrams ??= MessageTrigrams(text, tokens);
            var sim = 0.7 * coverage + 0.3 * Overlap(_entries[c].Trigrams, messageTrigrams);
            if (sim > bestSim)
            {
                bestSim = sim;
                best = c;
            }
        }
        return (best, Math.Min(1.0, bestSim));
    }

    private static bool Contains(ReadOnlySpan<ulong> set, ulong h)
    {
        foreach (var x in set)
        {
            if (x == h) return true;
        }
        return false;
    }

    private static double Overlap(HashSet<ulong> claim, HashSet<ulong> message)
    {
        if (claim.Count == 0) return 0;
        var shared = 0;
        foreach (var t in claim)
        {
            if (message.Contains(t)) shared++;
        }
        return shared / (double)claim.Count;
    }

    private static HashSet<ulong> MessageTrigrams(NormalisedText text, TokenBuffer tokens)
    {
        var set = new HashSet<ulong>();
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (t.IsWord && (t.Tags & LexTag.Stopword) == 0)
            {
                AddTrigrams(text.Chars.AsSpan(t.Start, t.Length), set);
            }
        }
        return set;
    }

    private static void AddTrigrams(ReadOnlySpan<char> word, HashSet<ulong> set)
    {
        for (var i = 0; i + 3 <= word.Length; i++)
        {
            set.Add(SpanHash.Of(word.Slice(i, 3)));
        }
    }

    private static (HashSet<ulong> Stems, HashSet<ulong> Trigrams) ContentStems(string statement, Lexicon lexicon)
    {
        var text = new NormalisedText();
        var tokens = new TokenBuffer();
        Normaliser.Normalise(statement, text);
        Tokenizer.Tokenize(text, lexicon, tokens);
        var stems = new HashSet<ulong>();
        var tri = new HashSet<ulong>();
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || t.Length < 2 || (t.Tags & LexTag.Stopword) != 0)
            {
                continue;
            }
            var word = text.Chars.AsSpan(t.Start, t.Length);
            stems.Add(SpanHash.Of(word[..DutchStemmer.StemLength(word)]));
            AddTrigrams(word, tri);
        }
        return (stems, tri);
    }

    private sealed record ClaimEntry(float IdfTotal, HashSet<ulong> Trigrams, int StemCount);
}
