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
    private readonly Dictionary<string, HashSet<long>> _index = new(StringComparer.Ordinal);
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
            foreach (var key in theme.KeyCounts.Keys)
            {
                Index(key, theme.Id);
            }
            _nextId = Math.Max(_nextId, theme.Id);
        }
    }

    public IReadOnlyCollection<ThemeModel> Themes => _themes.Values;

    public IReadOnlyDictionary<string, int> DocumentFrequency => _documentFrequency;

    public long Documents => _documents;

    public ThemeModel this[long id] => _themes[id];

    /// <summary>
    /// Assigns a message with the given keys. Returns null when the message has no usable key (nothing to group on).
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
            if (weights[i] <= 0 || !_index.TryGetValue(keys[i].Key, out var themeIds))
            {
                continue;
            }
            // A target group alone never groups messages (most hateful messages share one); it only adds weight.
            var raw = keys[i].Kind == KeyKind.TargetGroup ? 0 : KeyPhrase.WeightOf(keys[i].Kind);
            foreach (var id in themeIds)
            {
                var candidate = _themes[id];
                if (candidate.IsDefining(keys[i].Key, _options.DefiningShare))
                {
                    // Weighted by how typical the key is of the theme: sharing the word every message of a theme has
                    // ("moskee") says more than sharing a word that one of its messages happened to use.
                    var typical = Math.Min(1.0, candidate.KeyCounts[keys[i].Key] / (double)Math.Max(1, candidate.MessageCount));
                    var m = matched.GetValueOrDefault(id);
                    matched[id] = (m.Weight + weights[i] * typical, m.Raw + raw);
                }
            }
        }
        long bestId = 0;
        var bestScore = 0.0;
        foreach (var (id, m) in matched.OrderBy(m => m.Key))
        {
            var score = total <= 0 ? 0 : m.Weight / total;
            if (m.Raw >= _options.MinMatchedWeight && score > bestScore)
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
            theme.KeyCounts[k.Key] = theme.KeyCounts.GetValueOrDefault(k.Key) + 1;
            Index(k.Key, theme.Id);
        }
        Trim(theme);
    }

    private void Trim(ThemeModel theme)
    {
        if (theme.KeyCounts.Count > _options.MaxKeysPerTheme)
        {
            // Drop the rarest keys (ties: last in ordinal order) so a large theme does not attract everything.
            var drop = theme.KeyCounts.OrderBy(k => k.Value).ThenByDescending(k => k.Key, StringComparer.Ordinal)
                .Take(theme.KeyCounts.Count - _options.MaxKeysPerTheme).Select(k => k.Key).ToList();
            foreach (var key in drop)
            {
                theme.KeyCounts.Remove(key);
                if (_index.TryGetValue(key, out var ids))
                {
                    ids.Remove(theme.Id);
                }
            }
        }
    }

    private void Index(string key, long themeId)
    {
        if (!_index.TryGetValue(key, out var ids))
        {
            ids = [];
            _index.Add(key, ids);
        }
        ids.Add(themeId);
    }
}
