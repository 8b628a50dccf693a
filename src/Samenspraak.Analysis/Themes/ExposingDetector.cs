namespace Samenspraak.Analysis.Themes;

/// <summary>Parameters of exposing-event detection (defaults documented in docs/trends.md).</summary>
public sealed record ExposingOptions
{
    /// <summary>Doxxing-flagged messages about one person (or, without a person, in one window) that make an event.</summary>
    public int MinMessages { get; init; } = 2;

    public TimeSpan Window { get; init; } = TimeSpan.FromHours(48);
}

/// <summary>
/// A cluster of messages flagged for exposing personal data. <paramref name="Person"/> is the folded @mention or
/// name they share, or null when the messages name nobody recognisable and were grouped by time alone.
/// </summary>
public sealed record ExposingEvent(string? Person, IReadOnlyList<long> MessageIds, int DistinctAuthors, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Groups doxxing-flagged messages into exposing events: by the person they address within a window, and the
/// remaining ones (no person cue) by time alone. A single exposing message is already handled by the review
/// queue; an event means the same data is being spread or one person is being exposed repeatedly.
/// </summary>
public static class ExposingDetector
{
    public static IReadOnlyList<ExposingEvent> Detect(IReadOnlyList<TrendMessage> messages, ExposingOptions? options = null)
    {
        options ??= new ExposingOptions();
        var flagged = messages.Where(m => m.Doxxing).OrderBy(m => m.At).ThenBy(m => m.Id).ToList();
        var events = new List<ExposingEvent>();
        var claimed = new HashSet<long>();
        var byPerson = new SortedDictionary<string, List<TrendMessage>>(StringComparer.Ordinal);
        foreach (var m in flagged)
        {
            foreach (var person in PersonCues.Extract(m.Text))
            {
                if (!byPerson.TryGetValue(person, out var list))
                {
                    list = [];
                    byPerson.Add(person, list);
                }
                list.Add(m);
            }
        }
        foreach (var (person, list) in byPerson)
        {
            var (from, to) = HarassmentDetector.DensestWindow(list, options.Window);
            if (to - from + 1 >= options.MinMessages)
            {
                var hits = list.Skip(from).Take(to - from + 1).ToList();
                events.Add(Event(person, hits));
                claimed.UnionWith(hits.Select(h => h.Id));
            }
        }
        var rest = flagged.Where(m => !claimed.Contains(m.Id)).ToList();
        while (rest.Count >= options.MinMessages)
        {
            var (from, to) = HarassmentDetector.DensestWindow(rest, options.Window);
            if (to - from + 1 < options.MinMessages)
            {
                break;
            }
            var hits = rest.Skip(from).Take(to - from + 1).ToList();
            events.Add(Event(null, hits));
            rest.RemoveRange(from, to - from + 1);
        }
        return events.OrderBy(e => e.Start).ThenBy(e => e.MessageIds[0]).ToList();
    }

    private static ExposingEvent Event(string? person, List<TrendMessage> hits) =>
        new(person, hits.Select(h => h.Id).OrderBy(id => id).ToList(), hits.Select(h => h.Author).Distinct(StringComparer.Ordinal).Count(), hits[0].At, hits[^1].At);
}
