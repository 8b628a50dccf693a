namespace Samenspraak.Web.Knowledge.Contracts;

/// <summary>The kinds of published knowledge items. Machine names; the UI labels are the knowledge module's.</summary>
public static class KnowledgeKinds
{
    public const string Practice = "praktijk";
    public const string Organisation = "organisatie";
    public const string Expert = "expert";
    public const string Publication = "publicatie";
    public const string Tool = "tool";
    public const string Angle = "invalshoek";
    public const string FactCheck = "factcheck";
}

/// <summary>A reference to a published knowledge item, enough to link to it and show what it is.</summary>
public sealed record KnowledgeRef(
    Guid Id,
    string Kind,
    string Title,
    string Summary,
    string Url,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Provinces);

/// <summary>A term of the shared taxonomy (themes or target groups), managed by curators in the knowledge module.</summary>
public sealed record TaxonomyTerm(string Slug, string Label);

/// <summary>
/// The knowledge module's public face for other modules: the action plan links good practices, support requests are
/// assigned to organisations and experts of the social map, Monitoring and the action plan use the shared taxonomy.
/// Only published items are returned; contact details are never part of it.
/// </summary>
public interface IKnowledgeDirectory
{
    /// <summary>Published items, best match first. Null or empty filters mean "any".</summary>
    Task<IReadOnlyList<KnowledgeRef>> SearchAsync(string? query, IReadOnlyCollection<string>? kinds = null, string? theme = null,
        string? province = null, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>The published items among <paramref name="ids"/>; unknown or unpublished ids are left out.</summary>
    Task<IReadOnlyList<KnowledgeRef>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Published items of <paramref name="kinds"/> first published after <paramref name="since"/> that carry at least one
    /// of <paramref name="themes"/> (taxonomy slugs), oldest first, at most <paramref name="limit"/>. For the community's
    /// e-mail digest of new publications on followed themes; drafts and items under review are never returned.
    /// </summary>
    Task<IReadOnlyList<KnowledgeRef>> PublishedSinceAsync(DateTimeOffset since, IReadOnlyCollection<string> kinds,
        IReadOnlyCollection<string> themes, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>The theme taxonomy in the current UI culture.</summary>
    Task<IReadOnlyList<TaxonomyTerm>> GetThemesAsync(CancellationToken cancellationToken = default);

    /// <summary>The target-group taxonomy in the current UI culture.</summary>
    Task<IReadOnlyList<TaxonomyTerm>> GetTargetGroupsAsync(CancellationToken cancellationToken = default);
}
