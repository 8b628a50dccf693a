using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Samenspraak.Web.Infrastructure.Text;

/// <summary>
/// The one way user-written Markdown becomes HTML on a page (knowledge items, community posts, lessons): raw HTML in
/// the Markdown is not passed through, and the result is sanitised once more (javascript: links, event attributes).
/// Links leave the platform without referrer or opener. Modules that allow more (lessons embed videos) start from
/// <see cref="CreateSanitizer"/> and <see cref="ToHtml"/> instead of building their own.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Markdown to safe markup; empty for null or blank input.</summary>
    public static MarkupString Render(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? default : new MarkupString(Sanitizer.Sanitize(ToHtml(markdown)));

    /// <summary>Markdown to HTML with raw HTML disabled — NOT yet sanitised; pass the result through a sanitiser.</summary>
    public static string ToHtml(string? markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);

    /// <summary>The shared sanitiser settings: http, https and mailto links only, each with rel="nofollow noopener noreferrer".</summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
