using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// Images in lesson Markdown survive the sanitiser with their alternative text; a javascript: image loses its source and raw
/// HTML is shown as text, never as an element.
/// </summary>
public sealed class LessonImageTests
{
    [Fact]
    public void AnImageKeepsItsSourceAndAltTextAndLosesScript()
    {
        var html = new MarkdownRenderer().Render(
            "![Schema van de polarisatielus](https://samenspraak.example/lus.png)\n\n![x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>");

        Assert.Contains("<img src=\"https://samenspraak.example/lus.png\" alt=\"Schema van de polarisatielus\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        // The javascript: image keeps at most its alt text; only the https image has a source.
        Assert.Equal(1, html.Split("<img src=", StringSplitOptions.None).Length - 1);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }
}
