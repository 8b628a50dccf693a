using System.Text;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// Hides the personal data that the exposing (doxxing) signal found — phone numbers, addresses, national numbers —
/// wherever message text is shown in a list. Only the detail page, whose every view is audited, shows it in full.
/// </summary>
public static class PersonalDataMask
{
    public const string Placeholder = "[afgeschermd]";

    public static string Apply(string text, IReadOnlyList<MessageEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var spans = evidence
            .Where(e => e.Signal == Signal.Doxxing && e.TextIn(text) is not null && e.Length > 0)
            .OrderBy(e => e.Start)
            .ToList();
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            var end = span.Start + span.Length;
            if (span.Start < position)
            {
                // Overlaps the span masked just before: widen that mask instead of adding a second one.
                position = Math.Max(position, end);
                continue;
            }

            builder.Append(text, position, span.Start - position).Append(Placeholder);
            position = end;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>The masked text cut to <paramref name="maxLength"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Snippet(string text, IReadOnlyList<MessageEvidence> evidence, int maxLength = 280)
    {
        var masked = Apply(text, evidence);
        if (masked.Length <= maxLength)
        {
            return masked;
        }

        var cut = masked.LastIndexOf(' ', maxLength);
        return string.Concat(masked.AsSpan(0, cut > maxLength / 2 ? cut : maxLength), "…");
    }
}
