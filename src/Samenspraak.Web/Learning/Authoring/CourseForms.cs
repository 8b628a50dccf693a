using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.Resources;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>The checks of the authoring forms, with Dutch messages. Drafts may be incomplete; these keep out what is wrong.</summary>
public static partial class CourseForms
{
    public const int MaxMarkdown = 50_000;

    public static bool IsSlug(string? slug) => slug is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(slug);

    public static List<string> Details(IStringLocalizer<AuthoringText> a, string? title, string? audience, string? summary)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            errors.Add(a["Course.TitleRequired"]);
        }

        if (audience is not (CourseAudiences.Public or CourseAudiences.Professional))
        {
            errors.Add(a["Course.AudienceRequired"]);
        }

        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 600)
        {
            errors.Add(a["Course.SummaryRequired"]);
        }

        return errors;
    }

    /// <summary>A whole number within bounds, or null.</summary>
    public static int? Number(string? text, int min, int max) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    public static bool IsHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && url.Length <= 500;

    /// <summary>The Dutch text of a publication problem.</summary>
    public static string Problem(IStringLocalizer<AuthoringText> a, CourseProblem problem) => a[$"Problem.{problem.Key}", problem.Args];

    /// <summary>Lines of a textarea, trimmed, without empty ones.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
