namespace Samenspraak.Analysis.Themes;

/// <summary>Parameters of coordinated-campaign detection (defaults documented in docs/trends.md).</summary>
public sealed record CampaignOptions
{
    /// <summary>Estimated Jaccard similarity of shingle sets at which two texts are near-duplicates.</summary>
    public double MinSimilarity { get; init; } = 0.6;

    /// <summary>Distinct author pseudonyms needed inside one window.</summary>
    public int MinAuthors { get; init; } = 5;

    /// <summary>Length of the window in which the near-duplicates must appear.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Texts with fewer words are ignored: "top!" from ten people is agreement, not a campaign.</summary>
    public int MinWords { get; init; } = 5;
}

/// <summary>A group of near-identical messages from many authors in a short window.</summary>
public sealed record Campaign(IReadOnlyList<long> MessageIds, int DistinctAuthors, DateTimeOffset Start, DateTimeOffset End, string ExampleText);

/// <summary>
/// Finds coordinated campaigns: near-duplicate texts (MinHash over word 3-shingles, candidate pairs by
/// locality-sensitive hashing in 16 bands of 4 rows, then verified on the full signature) grouped by union-find,
/// and kept when some window of <see cref="CampaignOptions.Window"/> holds at least
/// <see cref="CampaignOptions.MinAuthors"/> distinct authors. Deterministic: output ordered by start time, then id.
/// </summary>
public static class CampaignDetector
{
    private const int Bands = 16;
    private const int Rows = MinHasher.SignatureLength / Bands;

    public static IReadOnlyList<Campaign> Detect(IReadOnlyList<TrendMessage> messages, CampaignOptions? options = null)
    {
        options ??= new CampaignOptions();
        var items = messages.Where(m => WordCount(m.Text) >= options.MinWords).OrderBy(m => m.Id).ToList();
        var signatures = items.Select(m => MinHasher.Signature(m.Text)).ToArray();
        var parent = Enumerable.Range(0, items.Count).ToArray();
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, int>();
            for (var i = 0; i < items.Count; i++)
            {
                var key = BandKey(signatures[i], band);
                if (buckets.TryGetValue(key, out var first))
                {
                    if (Find(parent, first) != Find(parent, i) && MinHasher.Similarity(signatures[first], signatures[i]) >= options.MinSimilarity)
                    {
                        Union(parent, first, i);
                    }
                }
                else
                {
                    buckets.Add(key, i);
                }
            }
        }
        var campaigns = new List<Campaign>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(i => Find(parent, i)))
        {
            var members = group.Select(i => items[i]).OrderBy(m => m.At).ThenBy(m => m.Id).ToList();
            if (members.Select(m => m.Author).Distinct(StringComparer.Ordinal).Count() < options.MinAuthors)
            {
                continue;
            }
            var best = BestWindow(members, options.Window);
            if (best.Authors >= options.MinAuthors)
            {
                var inWindow = members.Skip(best.From).Take(best.To - best.From + 1).ToList();
                campaigns.Add(new Campaign(inWindow.Select(m => m.Id).OrderBy(id => id).ToList(), best.Authors,
                    inWindow[0].At, inWindow[^1].At, inWindow[0].Text));
            }
        }
        return campaigns.OrderBy(c => c.Start).ThenBy(c => c.MessageIds[0]).ToList();
    }

    /// <summary>The time window (two pointers over the time-sorted members) with the most distinct authors.</summary>
    private static (int From, int To, int Authors) BestWindow(List<TrendMessage> members, TimeSpan window)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = (From: 0, To: 0, Authors: 0);
        var left = 0;
        for (var right = 0; right < members.Count; right++)
        {
            counts[members[right].Author] = counts.GetValueOrDefault(members[right].Author) + 1;
            while (members[right].At - members[left].At > window)
            {
                var a = members[left].Author;
                if (--counts[a] == 0)
                {
                    counts.Remove(a);
                }
                left++;
            }
            if (counts.Count > best.Authors)
            {
                best = (left, right, counts.Count);
            }
        }
        return best;
    }

    private static int WordCount(string text) =>
        KeyPhraseExtractor.Tokens(text).Count(t => t.Kind != KeyPhraseExtractor.TokenKind.Break);

    private static ulong BandKey(ulong[] signature, int band)
    {
        var h = 14695981039346656037UL ^ (ulong)band;
        for (var r = band * Rows; r < (band + 1) * Rows; r++)
        {
            h = (h ^ signature[r]) * 1099511628211UL;
        }
        return h;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        // The smaller root wins, so the result does not depend on hash-bucket order.
        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else if (rb < ra)
        {
            parent[ra] = rb;
        }
    }
}
