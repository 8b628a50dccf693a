namespace Samenspraak.Analysis.Themes;

/// <summary>
/// The persisted shape of one theme: its id, how many messages it holds, and how often each key occurred in them.
/// The web module stores this and hands it back to a new <see cref="ThemeClusterer"/> on the next run.
/// </summary>
public sealed class ThemeModel
{
    public ThemeModel(long id, int messageCount, IDictionary<string, int> keyCounts)
    {
        Id = id;
        MessageCount = messageCount;
        KeyCounts = new Dictionary<string, int>(keyCounts, StringComparer.Ordinal);
    }

    public long Id { get; }

    public int MessageCount { get; internal set; }

    public Dictionary<string, int> KeyCounts { get; }

    /// <summary>
    /// A short human label: the most frequent keys, hashtags and bigrams first, ties by key so it is stable.
    /// Target-group keys never label a theme on their own.
    /// </summary>
    public string Label(int parts = 3)
    {
        var top = KeyCounts
            .Where(k => KeyPhrase.KindOf(k.Key) is not KeyKind.TargetGroup)
            .OrderByDescending(k => k.Value * KeyPhrase.WeightOf(KeyPhrase.KindOf(k.Key)))
            .ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => k.Key.StartsWith(KeyPhrase.PlacePrefix, StringComparison.Ordinal) ? k.Key[KeyPhrase.PlacePrefix.Length..] : k.Key)
            .ToList();
        var chosen = new List<string>();
        foreach (var key in top)
        {
            // A word already shown inside a chosen bigram adds nothing to the label.
            if (chosen.Any(c => c.Split(' ').Contains(key, StringComparer.Ordinal) || key.Split(' ').All(w => c.Contains(w, StringComparison.Ordinal))))
            {
                continue;
            }
            chosen.Add(key);
            if (chosen.Count == parts)
            {
                break;
            }
        }
        return string.Join(" · ", chosen);
    }

    /// <summary>Keys that occur in at least this share of the theme's messages define it.</summary>
    internal bool IsDefining(string key, double minShare) =>
        KeyCounts.TryGetValue(key, out var n) && (MessageCount <= 2 || n >= minShare * MessageCount);
}
