using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Detail;

/// <summary>A piece of the message text: plain, or covered by evidence of one or more signals.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<MessageEvidence> Evidence)
{
    public bool Highlighted => Evidence.Count > 0;
}

/// <summary>
/// Cuts the original text into consecutive segments at every evidence boundary, so overlapping spans of different
/// signals become one highlighted segment that names all of them. The page renders each segment as text (encoded by
/// Razor), never as markup; spans that do not fit the text (purged or changed) are ignored.
/// </summary>
public static class EvidenceHighlighter
{
    public static IReadOnlyList<TextSegment> Segments(string text, IReadOnlyList<MessageEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var spans = evidence.Where(e => e.Length > 0 && e.TextIn(text) is not null).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var span in spans)
        {
            cuts.Add(span.Start);
            cuts.Add(span.Start + span.Length);
        }

        var segments = new List<TextSegment>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            if (end <= start)
            {
                continue;
            }

            var covering = spans.Where(s => s.Start <= start && s.Start + s.Length >= end).ToList();
            // Neighbouring plain pieces are merged so the markup stays small.
            if (covering.Count == 0 && segments.Count > 0 && !segments[^1].Highlighted)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text[start..end] };
                continue;
            }

            segments.Add(new TextSegment(text[start..end], covering));
        }

        return segments;
    }

    /// <summary>The distinct signals of a segment, for its label ("haatspraak, bedreiging").</summary>
    public static IEnumerable<Signal> SignalsOf(TextSegment segment) =>
        segment.Evidence.Select(e => e.Signal).Distinct().Order();
}
