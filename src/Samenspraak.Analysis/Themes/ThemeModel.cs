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
    /// A short human label: the heaviest keys by count × kind weight (hashtags, bigrams, places and mentions before
    /// single words) × the key's distinctiveness when given (the clusterer passes its idf, so a word that is common in
    /// all messages loses to one that is typical of this theme). Once a theme has three messages only keys that occur
    /// in at least two and a fifth of them qualify, so one message's wording does not name the theme. Target-group keys never
    /// label a theme on their own; ties are broken by key so the label is stable.
    /// </summary>
    public string Label(int parts = 3, Func<string, double>? distinctiveness = null)
    {
        var candidates = KeyCounts.Where(k => KeyPhrase.KindOf(k.Key) is not KeyKind.TargetGroup).ToList();
        // Keys carried by at least a fifth of the messages (and two of them) describe the theme, not one message.
        var repeated = candidates.Where(k => k.Value >= Math.Max(2, 0.2 * MessageCount)).ToList();
        if (MessageCount >= 3 && repeated.Count > 0)
        {
            candidates = repeated;
        }
        var top = candidates
            .OrderByDescending(k => k.Value * KeyPhrase.WeightOf(KeyPhrase.KindOf(k.Key)) * (distinctiveness?.Invoke(k.Key) ?? 1.0))
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
    /// <param name="count">How many of the theme's messages carry the key (from <see cref="KeyCounts"/>).</param>
    internal bool IsDefiningCount(int count, double minShare) => MessageCount <= 2 || count >= minShare * MessageCount;
}
