namespace Samenspraak.Web.Knowledge.Contracts;

/// <summary>
/// What Monitoring knows about a detected theme, handed to the knowledge module to find guidance for it.
/// Signals and target groups use the analysis engine's machine names ("hate", "religion").
/// </summary>
public sealed record ThemeGuidanceRequest(
    Guid MunicipalityId,
    string Title,
    IReadOnlyList<string> KeyPhrases,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Signals,
    IReadOnlyList<string> TargetGroups);

/// <summary>One piece of guidance for a theme: a practice, expert, organisation, publication, tool, fact-check or
/// invalshoek, with the reason it matched, in the current UI culture ("zelfde doelgroep: religie").</summary>
public sealed record GuidanceMatch(string Kind, string Title, string Summary, string Url, string Reason, double Score);

/// <summary>
/// The "Duiding" next to a theme: implemented by the knowledge module, consumed by Monitoring's theme page.
/// Monitoring resolves it optionally and shows a clear empty state when no implementation is registered.
/// </summary>
public interface IThemeGuidance
{
    /// <summary>The best matches, most relevant first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<GuidanceMatch>> ForThemeAsync(ThemeGuidanceRequest theme, int limit = 12, CancellationToken cancellationToken = default);
}
