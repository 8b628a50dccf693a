using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Knowledge.Contracts;

namespace Samenspraak.Web.Learning.Agenda.Pages;

/// <summary>
/// The optional themes of the event form: the shared taxonomy as checkboxes named "themas". Read from the posted form
/// by the page itself, also when validation fails, so a refused form keeps the ticked themes.
/// </summary>
public static class EventThemeChoice
{
    public const string FieldName = "themas";

    public static Task<IReadOnlyList<TaxonomyTerm>> OptionsAsync(CommunityThemes themes, CancellationToken ct) => themes.AllAsync(ct);

    /// <summary>The ticked themes of this form's post, keeping only slugs of the taxonomy; null when the request is not
    /// a post of <paramref name="formName"/>.</summary>
    public static async Task<List<string>?> PostedAsync(HttpContext http, string formName, IReadOnlyList<TaxonomyTerm> options)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType)
        {
            return null;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!string.Equals(form["_handler"], formName, StringComparison.Ordinal))
        {
            return null;
        }

        var known = options.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        return [.. form[FieldName].OfType<string>().Where(known.Contains).Distinct(StringComparer.Ordinal)];
    }
}
