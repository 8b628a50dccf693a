using System.Runtime.InteropServices;

namespace Samenspraak.Analysis.Themes;

/// <summary>Tuning of <see cref="ThemeClusterer"/>; the defaults are documented in docs/trends.md.</summary>
public sealed record ThemeClusterOptions
{
    /// <summary>Minimum share of the message's (idf-weighted) key mass that a theme must cover to take it.</summary>
    public double MinSimilarity { get; init; } = 0.15;

    /// <summary>A key counts as defining a theme when it occurs in at least this share of its messages.</summary>
    public double DefiningShare { get; init; } = 0.2;

    /// <summary>Keys kept per theme; the least frequent are dropped beyond this so themes stay small.</summary>
    public int MaxKeysPerTheme { get; init; } = 200;

    /// <summary>
    /// A message needs at least this much matched raw kind weight besides target groups: one content word is enough,
    /// because generic words are no keys at all (see <see cref="ThemeStopwords"/>) and a shared word is weighed by
    /// how typical it is of the theme.
    /// </summary>
    public double MinMatchedWeight { get; init; } = 1.0;

    /// <summary>
    /// Themes with fewer messages are kept (they may grow) but not shown in lists: one or two loose messages are not
    /// something a communication officer can act on as a theme.
    /// </summary>
    public int MinVisibleMessages { get; init; } = 3;
}


/// <summary>The outcome of assigning one message.</summary>
public readonly record struct ThemeAssignment(long ThemeId, bool IsNew, double Similarity);

/// <summary>
/// Incremental, deterministic grouping of messages into themes by shared keys. A message goes to the existing theme
/// whose defining keys cover the largest share of its own key mass, if that share reaches
/// <see cref="ThemeClusterOptions.MinSimilarity"/>; otherwise it starts a new theme. The mass counts only keys that
/// occurred in an earlier message (a word seen for the first time cannot group anything), each weighted by kind and
/// idf, and a matched key counts in proportion to the share of the theme's messages that carry it. Ties go to the
/// oldest theme (lowest id), and the same messages in the same order always give the same themes.
/// </summary>
public sealed class ThemeClusterer
{
    private readonly ThemeClusterOptions _options;
    private readonly Dictionary<long, ThemeModel> _themes = [];
    // Key → the themes holding it, each with the key's count in that theme (a copy of ThemeModel.KeyCounts kept in
    // step by Add and Trim): scoring a message hashes each of its keys once instead of once per candidate theme.
    private readonly Dictionary<string, Dictionary<ThemeModel, int>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency;
    private long _nextId;
    private long _documents;

    /// <summary>Starts from persisted themes (or none) and the persisted key document frequencies.</summary>
    public ThemeClusterer(IEnumerable<ThemeModel>? themes = null, IDictionary<string, int>? documentFrequency = null, long documents = 0, ThemeClusterOptions? options = null)
    {
        _options = options ?? new ThemeClusterOptions();
        _documentFrequency = documentFrequency is null ? new(StringComparer.Ordinal) : new(documentFrequency, StringComparer.Ordinal);
        _documents = documents;
        foreach (var theme in themes ?? [])
        {
            _themes.Add(theme.Id, theme);
            foreach (var (key, count) in theme.KeyCounts)
            {
                Index(key, theme, count);
            }
            _nextId = Math.Max(_nextId, theme.Id);
        }
    }

    public IReadOnlyCollection<ThemeModel> Themes => _themes.Values;

    public IReadOnlyDictionary<string, int> DocumentFrequency => _documentFrequency;

    public long Documents => _documents;

    public ThemeModel this[long id] => _themes[id];

    /// <summary>
    /// Assigns a message with the given keys. Returns null when the message has no usable key (nothing to group on):
    /// no key at all, or only target groups.
    /// </summary>
    public ThemeAssignment? Assign(IReadOnlyList<KeyPhrase> keys)
    {
        if (keys.Count == 0)
        {
            return null;
        }
        _documents++;
        foreach (var k in keys)
        {
            _documentFrequency[k.Key] = _documentFrequency.GetValueOrDefault(k.Key) + 1;
        }
        // Target groups alone never group messages (see the raw weight below), so a message with nothing else can
        // neither join a theme nor, as a theme of its own, ever be joined: it used to start a new one-message theme
        // every time, and those themes grew with the message count and slowed every later message and batch
        // (docs/benchmarks.md, "Stop 7: theme job at scale"). It counts as a document, like any message with keys.
        if (keys.All(k => k.Kind == KeyKind.TargetGroup))
        {
            return null;
        }
        // Words and bigrams seen for the first time cannot group this message with anything, and counting them would
        // make every long, wordy message unmatchable (its unique words dominate its mass). A new hashtag, mention or
        // place does count: it is a deliberate marker of a subject, so a message with a hashtag nobody used before
        // rather starts a theme than joins one on a single shared word.
        var weights = new double[keys.Count];
        var total = 0.0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (_documentFrequency[keys[i].Key] < 2 && keys[i].Kind is KeyKind.Term or KeyKind.Bigram)
            {
                continue;
            }
            weights[i] = KeyPhrase.WeightOf(keys[i].Kind) * Idf(keys[i].Key);
            total += weights[i];
        }
        var matched = new Dictionary<long, (double Weight, double Raw)>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (weights[i] <= 0 || !_index.TryGetValue(keys[i].Key, out var holders))
            {
                continue;
            }
            // A target group alone never groups messages (most hateful messages share one); it only adds weight.
            var raw = keys[i].Kind == KeyKind.TargetGroup ? 0 : KeyPhrase.WeightOf(keys[i].Kind);
            // This loop runs once per theme that shares a key with the message and dominates the clustering's cost.
            foreach (var (candidate, count) in holders)
            {
                if (candidate.IsDefiningCount(count, _options.DefiningShare))
                {
                    // Weighted by how typical the key is of the theme: sharing the word every message of a theme has
                    // ("moskee") says more than sharing a word that one of its messages happened to use.
                    var typical = Math.Min(1.0, count / (double)Math.Max(1, candidate.MessageCount));
                    ref var m = ref CollectionsMarshal.GetValueRefOrAddDefault(matched, candidate.Id, out _);
                    m = (m.Weight + weights[i] * typical, m.Raw + raw);
                }
            }
        }
        // The best score; ties go to the lowest theme id (the oldest theme), whatever the dictionary's order.
        long bestId = 0;
        var bestScore = 0.0;
        foreach (var (id, m) in matched)
        {
            var score = total <= 0 ? 0 : m.Weight / total;
            if (m.Raw >= _options.MinMatchedWeight && (score > bestScore || (score == bestScore && bestId != 0 && id < bestId)))
            {
                bestScore = score;
                bestId = id;
            }
        }
        if (bestId != 0 && bestScore >= _options.MinSimilarity)
        {
            Add(_themes[bestId], keys);
            return new ThemeAssignment(bestId, false, bestScore);
        }
        var theme = new ThemeModel(++_nextId, 0, new Dictionary<string, int>());
        _themes.Add(theme.Id, theme);
        Add(theme, keys);
        return new ThemeAssignment(theme.Id, true, 1.0);
    }

    /// <summary>
    /// A short human label for a theme: its most distinctive keys (hashtags, places, mentions and bigrams before
    /// single words, each weighted by how rare it is in the municipality's messages), only keys that occur in more
    /// than one of the theme's messages once the theme has three or more, never a target group on its own.
    /// </summary>
    public string Label(long id, int parts = 3) => _themes[id].Label(parts, Idf);

    private double Idf(string key)
    {
        // Smoothed inverse document frequency; a key seen in every message weighs ~0.3 of a fresh one.
        var df = _documentFrequency.GetValueOrDefault(key);
        return Math.Log((1.0 + _documents) / (1.0 + df)) + 0.3;
    }

    private void Add(ThemeModel theme, IReadOnlyList<KeyPhrase> keys)
    {
        theme.MessageCount++;
        foreach (var k in keys)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(theme.KeyCounts, k.Key, out _);
            count++;
            Index(k.Key, theme, count);
        }
        Trim(theme);
    }

    private void Trim(ThemeModel theme)
    {
        var excess = theme.KeyCounts.Count - _options.MaxKeysPerTheme;
        if (excess <= 0)
        {
            return;
        }
        // Drop the rarest keys (ties: last in ordinal order) so a large theme does not attract everything. A full
        // theme usually overflows by a few keys per message, so the few rarest are picked by scanning instead of
        // sorting all its keys on every message (the same keys either way).
        var drop = excess <= 4 ? RarestByScanning(theme.KeyCounts, excess)
            : theme.KeyCounts.OrderBy(k => k.Value).ThenByDescending(k => k.Key, StringComparer.Ordinal)
                .Take(excess).Select(k => k.Key).ToList();
        foreach (var key in drop)
        {
            theme.KeyCounts.Remove(key);
            if (_index.TryGetValue(key, out var holders))
            {
                holders.Remove(theme);
            }
        }
    }

    /// <summary>The <paramref name="n"/> keys first in (count ascending, key descending ordinal) order.</summary>
    private static List<string> RarestByScanning(Dictionary<string, int> counts, int n)
    {
        var drop = new List<string>(n);
        for (var pass = 0; pass < n; pass++)
        {
            string? rarest = null;
            var rarestCount = int.MaxValue;
            foreach (var (key, count) in counts)
            {
                if (drop.Contains(key))
                {
                    continue;
                }
                if (count < rarestCount || (count == rarestCount && string.CompareOrdinal(key, rarest) > 0))
                {
                    rarest = key;
                    rarestCount = count;
                }
            }
            drop.Add(rarest!);
        }
        return drop;
    }

    private void Index(string key, ThemeModel theme, int count)
    {
        if (!_index.TryGetValue(key, out var holders))
        {
            holders = [];
            _index.Add(key, holders);
        }
        holders[theme] = count;
    }
}
