using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Samenspraak.Web.Community.Shared;

/// <summary>
/// Renders user-written Markdown to HTML that is safe to put on a page: raw HTML in the Markdown is not passed
/// through, and the result is sanitised once more (links with javascript:, event attributes, ...).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public MarkupString Render(string markdown) => new(_sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline)));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Links written by users leave the platform: no referrer, no opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
