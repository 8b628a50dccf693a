using Samenspraak.Analysis.Explanations;

namespace Samenspraak.Analysis.Engine;

/// <summary>
/// Long texts (forum posts, pasted articles, a 10 MB line in an upload) are analysed in bounded windows and the
/// window results merged. Parts of the feature pipeline grow faster than linearly with the length of one text, and
/// the models were trained on comment-sized texts; windows keep the cost linear and the features in range.
/// </summary>
internal static class LongTextWindows
{
    /// <summary>Comments are rarely longer; below this a text is analysed in one piece.</summary>
    public const int WindowLength = 2_000;

    /// <summary>A window prefers to end at a sentence end, else a space, in its last fifth.</summary>
    private const int SearchBack = WindowLength / 5;

    public static AnalysisResult Analyze(string text, AnalysisOptions options, Func<string, AnalysisResult> analyzeWindow)
    {
        var windowLengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var evidence = new List<EvidenceSpan>();
        var merged = AnalyzeWindow(text, 0, analyzeWindow, windowLengths, evidence, out var start);
        while (start < text.Length)
        {
            merged = Merge(merged, AnalyzeWindow(text, start, analyzeWindow, windowLengths, evidence, out start));
        }

        // The language of most of the text, ties broken by name so that the result is deterministic.
        var language = windowLengths.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        return new AnalysisResult
        {
            Language = language,
            Harmful = merged.Harmful,
            Signals = merged.Signals,
            Targets = merged.Targets,
            Evidence = evidence,
            ClaimMatch = merged.ClaimMatch,
            Model = merged.Model,
            Explanations = options.Explain
                ? Explainer.Explain(merged.Signals, evidence, merged.Targets, merged.ClaimMatch, language)
                : null,
        };
    }

    /// <summary>Analyses the window at <paramref name="start"/>, recording its language share and its evidence on original offsets.</summary>
    private static AnalysisResult AnalyzeWindow(string text, int start, Func<string, AnalysisResult> analyzeWindow,
        Dictionary<string, int> windowLengths, List<EvidenceSpan> evidence, out int end)
    {
        end = WindowEnd(text, start);
        var result = analyzeWindow(text[start..end]);
        windowLengths[result.Language] = windowLengths.GetValueOrDefault(result.Language) + (end - start);
        foreach (var span in result.Evidence)
        {
            evidence.Add(span with { Start = span.Start + start });
        }

        return result;
    }

    /// <summary>The strongest window decides each signal: a message is as harmful as its most harmful part.</summary>
    private static AnalysisResult Merge(AnalysisResult a, AnalysisResult b)
    {
        var signals = new SignalScore[Signals.Count];
        for (var s = 0; s < Signals.Count; s++)
        {
            signals[s] = b.Signals[s].Score > a.Signals[s].Score ? b.Signals[s] : a.Signals[s];
        }

        var targets = a.Targets.Union(b.Targets).Order().ToList();
        var claim = b.ClaimMatch is { } cb && (a.ClaimMatch is null || cb.Similarity > a.ClaimMatch.Similarity) ? cb : a.ClaimMatch;
        return new AnalysisResult
        {
            Language = a.Language,
            Harmful = a.Harmful || b.Harmful,
            Signals = signals,
            Targets = targets,
            Evidence = [],
            ClaimMatch = claim,
            Model = a.Model,
        };
    }

    /// <summary>End of the window that starts at <paramref name="start"/>: a sentence end, else a space, else a hard cut.</summary>
    internal static int WindowEnd(string text, int start)
    {
        var limit = start + WindowLength;
        if (limit >= text.Length)
        {
            return text.Length;
        }

        var space = -1;
        for (var i = limit - 1; i >= limit - SearchBack; i--)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '\n')
            {
                return i + 1;
            }

            if (space < 0 && char.IsWhiteSpace(c))
            {
                space = i + 1;
            }
        }

        if (space > 0)
        {
            return space;
        }

        // Never split a surrogate pair (an emoji) in two.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
