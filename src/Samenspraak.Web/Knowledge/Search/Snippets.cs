using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// A short excerpt of an item around the first query word, HTML-encoded, with the words that share a stem with the
/// query wrapped in &lt;mark&gt;. Encoding happens piece by piece, so the only markup in the result is ours.
/// </summary>
public static partial class Snippets
{
    private const int WordsAround = 14;

    public static string Highlight(KnowledgeItem item, string? query)
    {
        var plain = PlainText($"{item.Summary} {item.Body}");
        var words = WordPattern().Matches(plain).ToList();
        var stems = string.IsNullOrWhiteSpace(query) ? [] : TextFolding.Stems(query).ToHashSet(StringComparer.Ordinal);
        // Stemming is the costly part and words repeat, so each distinct word is judged once per snippet.
        var judged = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Hit(Match m)
        {
            if (stems.Count == 0)
            {
                return false;
            }

            if (!judged.TryGetValue(m.Value, out var hit))
            {
                hit = TextFolding.Stems(m.Value).Any(s => stems.Contains(s) || stems.Any(q => s.StartsWith(q, StringComparison.Ordinal)));
                judged[m.Value] = hit;
            }

            return hit;
        }

        var first = words.FindIndex(Hit);
        var start = first < 0 ? 0 : Math.Max(0, first - (WordsAround / 2));
        var end = Math.Min(words.Count, start + (2 * WordsAround));
        if (words.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        var from = words[start].Index;
        for (var i = start; i < end; i++)
        {
            var m = words[i];
            html.Append(WebUtility.HtmlEncode(plain[from..m.Index]));
            var encoded = WebUtility.HtmlEncode(m.Value);
            html.Append(Hit(m) ? $"<mark>{encoded}</mark>" : encoded);
            from = m.Index + m.Length;
        }

        if (end < words.Count)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>Markdown reduced to its words: markers, link targets and line breaks go.</summary>
    public static string PlainText(string markdown)
    {
        var text = LinkPattern().Replace(markdown, "$1");
        text = MarkerPattern().Replace(text, " ");
        return SpacePattern().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"[*_#>`]+|^\s*\d+\.\s", RegexOptions.Multiline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
