namespace Samenspraak.Analysis.Evaluation;

/// <summary>Counts per case type how many items were decided correctly. Pure maths, not thread-safe.</summary>
public sealed class CaseAccuracyAccumulator
{
    private readonly Dictionary<string, long[]> _cases = new(StringComparer.Ordinal);

    /// <param name="caseName">The item's case type; blank becomes "(geen)".</param>
    /// <param name="gold">Gold label per signal in <see cref="Signals.All"/> order, null where unlabelled.</param>
    /// <param name="predicted">Predicted flag per signal in the same order.</param>
    public void Add(string? caseName, ReadOnlySpan<bool?> gold, ReadOnlySpan<bool> predicted)
    {
        if (gold.Length != Signals.Count || predicted.Length != Signals.Count)
        {
            throw new ArgumentException($"Expected {Signals.Count} labels and predictions.");
        }
        var key = string.IsNullOrWhiteSpace(caseName) ? "(geen)" : caseName.Trim();
        if (!_cases.TryGetValue(key, out var counts))
        {
            _cases[key] = counts = new long[4];
        }
        var allCorrect = true;
        for (var i = 0; i < Signals.Count; i++)
        {
            if (gold[i] is { } label && label != predicted[i])
            {
                allCorrect = false;
            }
        }
        counts[0]++;
        if (gold[(int)Signal.Hate] is { } hate)
        {
            counts[1]++;
            counts[2] += hate == predicted[(int)Signal.Hate] ? 1 : 0;
        }
        counts[3] += allCorrect ? 1 : 0;
    }

    /// <summary>One entry per case type, ordered by name (ordinal) so reports are stable.</summary>
    public IReadOnlyList<CaseAccuracy> Build() =>
        [.. _cases.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CaseAccuracy(c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3]))];
}
