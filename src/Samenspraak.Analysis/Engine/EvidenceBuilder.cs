using Samenspraak.Analysis.Features;

namespace Samenspraak.Analysis.Engine;

/// <summary>Turns rule evidence of flagged signals into spans of the ORIGINAL text (de-duplicated, in text order).</summary>
internal static class EvidenceBuilder
{
    public static IReadOnlyList<EvidenceSpan> Build(string original, MessageFeatures mf, SignalScore[] signals)
    {
        List<EvidenceSpan>? list = null;
        foreach (var e in mf.Rules.Evidence)
        {
            if (!signals[(int)e.Signal].Flagged)
            {
                continue;
            }
            int start, length;
            if (e.OriginalStart >= 0)
            {
                (start, length) = (e.OriginalStart, e.OriginalLength);
            }
            else
            {
                var first = mf.Tokens[e.FirstToken];
                var last = mf.Tokens[Math.Min(mf.Tokens.Count - 1, e.FirstToken + e.TokenCount - 1)];
                (start, length) = mf.Text.ToOriginal(first.Start, last.Start + last.Length - first.Start);
            }
            if (length <= 0 || start < 0 || start + length > original.Length)
            {
                continue;
            }
            list ??= [];
            var duplicate = false;
            foreach (var x in list)
            {
                duplicate |= x.Signal == e.Signal && x.Start == start && x.Length == length;
            }
            if (!duplicate)
            {
                list.Add(new EvidenceSpan(e.Signal, start, length, original.Substring(start, length), e.Reason));
            }
        }
        if (list is null)
        {
            return [];
        }
        list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Signal.CompareTo(b.Signal));
        return list;
    }
}
