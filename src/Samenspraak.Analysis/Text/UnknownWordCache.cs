using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Text;

/// <summary>How an out-of-lexicon word resolved: a fuzzy match, a compound split (cut positions), or nothing.</summary>
/// <summary>How an unknown word resolves: a fuzzy lexicon match, a split at Cut1 (and Cut2), or a longer
/// segmentation (<see cref="WordBreak"/>, piece starts packed one byte each, in order).</summary>
internal readonly record struct UnknownWord(bool Fuzzy, LexEntry Entry, byte Cut1, byte Cut2, ulong Segments = 0);

/// <summary>
/// Per-thread memo of <see cref="UnknownWord"/> results keyed by word hash, bounded so memory stays flat on endless
/// streams. Tied to one lexicon instance: switching lexicons (training, tests) starts a fresh memo.
/// </summary>
internal sealed class UnknownWordCache
{
    private const int Capacity = 200_000;

    [ThreadStatic]
    private static UnknownWordCache? _current;

    private readonly Lexicon _lexicon;
    private readonly Dictionary<ulong, UnknownWord> _map = new(1024);

    private UnknownWordCache(Lexicon lexicon) => _lexicon = lexicon;

    public static UnknownWordCache For(Lexicon lexicon)
    {
        var c = _current;
        if (c is null || !ReferenceEquals(c._lexicon, lexicon))
        {
            _current = c = new UnknownWordCache(lexicon);
        }
        return c;
    }

    public bool TryGet(ulong hash, out UnknownWord word) => _map.TryGetValue(hash, out word);

    public void Add(ulong hash, UnknownWord word)
    {
        if (_map.Count >= Capacity)
        {
            _map.Clear();
        }
        _map[hash] = word;
    }
}
