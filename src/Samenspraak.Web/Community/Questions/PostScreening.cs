using System.Text;
using Samenspraak.Analysis;

namespace Samenspraak.Web.Community.Questions;

/// <summary>The screening's verdict on a post: hold it for review (with the reason and evidence, in Dutch) or publish it.</summary>
public sealed record ScreeningVerdict(bool Hold, string? Reason);

/// <summary>
/// Screens every post with the analysis engine before publication. A harmful post is held for a moderator, never
/// dropped; its author sees which signals were found and the words that triggered them. Counter-speech, reporting
/// of hate and sharp democratic disagreement are not harmful to the engine and are published.
/// </summary>
public static class PostScreening
{
    public static ScreeningVerdict Screen(string? title, string body)
    {
        var text = string.IsNullOrWhiteSpace(title) ? body : title + "\n\n" + body;
        var result = TextAnalyzer.Default.Analyze(text, AnalysisOptions.Explained);
        if (!result.Harmful)
        {
            return new ScreeningVerdict(false, null);
        }

        // The engine's labels and reasons are Dutch; the reason is stored as evidence of why the post was held.
        var reason = new StringBuilder();
        var flagged = Signals.All.Where(s => result[s].Flagged).ToList();
        reason.Append("Signalen: ")
            .AppendJoin(", ", flagged.Select(s => $"{s.DutchLabel()} ({result[s].Band.Label()})"))
            .Append('.');
        foreach (var evidence in result.Evidence.Where(e => flagged.Contains(e.Signal)).Take(8))
        {
            reason.Append('\n').Append('«').Append(evidence.Text).Append("» – ").Append(evidence.Reason)
                .Append(" (").Append(evidence.Signal.DutchLabel()).Append(')');
        }

        return new ScreeningVerdict(true, reason.ToString());
    }
}
