namespace Samenspraak.Analysis.Themes;

/// <summary>Parameters of harassment and "pestaccount" detection (defaults documented in docs/trends.md).</summary>
public sealed record HarassmentOptions
{
    /// <summary>Toxic messages aimed at one person within the window before it counts as harassment.</summary>
    public int MinToxicMessages { get; init; } = 5;

    /// <summary>The window in which those messages must fall.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Messages an author pseudonym needs before its toxic share is judged at all.</summary>
    public int MinAuthorMessages { get; init; } = 5;

    /// <summary>Share of toxic messages above which an author pseudonym is a "pestaccount".</summary>
    public double MinToxicShare { get; init; } = 0.6;
}

/// <summary>One person (an @mention or a name) repeatedly targeted by toxic messages.</summary>
public sealed record HarassedPerson(string Person, IReadOnlyList<long> MessageIds, int DistinctAuthors, DateTimeOffset Start, DateTimeOffset End);

/// <summary>An author pseudonym with a high share of toxic messages.</summary>
public sealed record AbusiveAuthor(string Author, int Messages, int ToxicMessages)
{
    public double ToxicShare => (double)ToxicMessages / Messages;
}

/// <summary>
/// Harassment of individuals and abusive accounts. A person is harassed when at least
/// <see cref="HarassmentOptions.MinToxicMessages"/> toxic messages that address them (see <see cref="PersonCues"/>)
/// fall in one window; an author pseudonym is a "pestaccount" when it wrote at least
/// <see cref="HarassmentOptions.MinAuthorMessages"/> messages of which at least
/// <see cref="HarassmentOptions.MinToxicShare"/> are toxic.
/// </summary>
public static class HarassmentDetector
{
    public static IReadOnlyList<HarassedPerson> TargetedPeople(IReadOnlyList<TrendMessage> messages, HarassmentOptions? options = null)
    {
        options ??= new HarassmentOptions();
        var byPerson = new Dictionary<string, List<TrendMessage>>(StringComparer.Ordinal);
        foreach (var m in messages.Where(m => m.Toxic))
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
        var result = new List<HarassedPerson>();
        foreach (var (person, list) in byPerson)
        {
            var sorted = list.OrderBy(m => m.At).ThenBy(m => m.Id).ToList();
            var (from, to) = DensestWindow(sorted, options.Window);
            if (to - from + 1 >= options.MinToxicMessages)
            {
                var hits = sorted.Skip(from).Take(to - from + 1).ToList();
                result.Add(new HarassedPerson(person, hits.Select(m => m.Id).ToList(),
                    hits.Select(m => m.Author).Distinct(StringComparer.Ordinal).Count(), hits[0].At, hits[^1].At));
            }
        }
        return result.OrderByDescending(r => r.MessageIds.Count).ThenBy(r => r.Person, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<AbusiveAuthor> AbusiveAuthors(IReadOnlyList<TrendMessage> messages, HarassmentOptions? options = null)
    {
        options ??= new HarassmentOptions();
        return messages
            .GroupBy(m => m.Author, StringComparer.Ordinal)
            .Select(g => new AbusiveAuthor(g.Key, g.Count(), g.Count(m => m.Toxic)))
            .Where(a => a.Messages >= options.MinAuthorMessages && a.ToxicShare >= options.MinToxicShare)
            .OrderByDescending(a => a.ToxicMessages)
            .ThenBy(a => a.Author, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The window (two pointers over time-sorted messages) that holds the most messages.</summary>
    internal static (int From, int To) DensestWindow(List<TrendMessage> sorted, TimeSpan window)
    {
        var best = (From: 0, To: -1);
        var left = 0;
        for (var right = 0; right < sorted.Count; right++)
        {
            while (sorted[right].At - sorted[left].At > window)
            {
                left++;
            }
            if (right - left > best.To - best.From)
            {
                best = (left, right);
            }
        }
        return best;
    }
}
