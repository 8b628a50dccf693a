using System.Text.RegularExpressions;
using Ganss.Xss;
using Samenspraak.Web.Infrastructure.Text;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// Renders lesson Markdown safely on top of <see cref="SafeMarkdown"/> (raw HTML disabled, the shared sanitiser). A paragraph
/// that holds only a link to a video on an allowed host (YouTube, Vimeo) becomes an embedded player from that host's
/// privacy-friendly embed address; every other iframe is removed.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly string[] AllowedEmbedPrefixes =
    [
        "https://www.youtube-nocookie.com/embed/",
        "https://player.vimeo.com/video/",
    ];

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string Render(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        html = VideoParagraph().Replace(html, m => EmbedFor(m.Groups["url"].Value) is { } src
            ? $"<div class=\"video\"><iframe src=\"{src}\" title=\"Video\" loading=\"lazy\" allowfullscreen></iframe></div>"
            : m.Value);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>The embed address for a watch link on an allowed host, or null.</summary>
    public static string? EmbedFor(string url)
    {
        var youTube = YouTube().Match(url);
        if (youTube.Success)
        {
            return AllowedEmbedPrefixes[0] + youTube.Groups["id"].Value;
        }

        var vimeo = Vimeo().Match(url);
        return vimeo.Success ? AllowedEmbedPrefixes[1] + vimeo.Groups["id"].Value : null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = SafeMarkdown.CreateSanitizer();
        sanitizer.AllowedTags.Add("iframe");
        sanitizer.AllowedAttributes.Add("allowfullscreen");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "iframe" } frame
                && !AllowedEmbedPrefixes.Any(p => (frame.GetAttribute("src") ?? "").StartsWith(p, StringComparison.Ordinal)))
            {
                frame.Remove();
            }
        };
        return sanitizer;
    }

    [GeneratedRegex("""<p><a href="(?<url>[^"]+)">[^<]*</a></p>""")]
    private static partial Regex VideoParagraph();

    [GeneratedRegex(@"^https://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/)(?<id>[A-Za-z0-9_-]{6,20})(?:[&?].*)?$")]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https://(?:www\.)?vimeo\.com/(?<id>[0-9]{3,12})$")]
    private static partial Regex Vimeo();
}
