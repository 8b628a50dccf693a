using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Turns the HTML of a feed entry or a Mastodon status into the plain text the analysis reads: markup and scripts
/// gone, entities decoded, paragraphs, list items and line breaks kept as new lines, runs of white space collapsed.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        // Plain text without markup or entities needs no parser (most RSS titles).
        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return Normalise(html);
        }

        var document = Parser.ParseDocument(html);
        var text = new StringBuilder(html.Length);
        Append(document.Body ?? (INode)document, text);
        return Normalise(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    text.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append('\n');
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }

    /// <summary>Collapses spaces within lines, trims lines and drops empty ones: one line per paragraph, list item or break.</summary>
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = string.Join(' ', rawLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            result.Append(line);
        }

        return result.ToString();
    }
}
