using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Items;

/// <summary>
/// One entry of the Kennisbank: a practice, organisation, expert (a type of service, never an invented person),
/// publication, tool, invalshoek or fact-check. One table for all kinds so that search, facets, review and versions
/// work the same for each; fields that do not apply to a kind stay empty. Platform-wide, not municipality-owned.
/// </summary>
public sealed class KnowledgeItem : IAudited
{
    public Guid Id { get; set; }

    /// <summary>Unique over all items; the stable URL part.</summary>
    public string Slug { get; set; } = "";

    /// <summary>One of <see cref="Contracts.KnowledgeKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Markdown; rendered through the sanitiser.</summary>
    public string Body { get; set; } = "";

    /// <summary>Projectaanpak (Markdown), practices only.</summary>
    public string? Approach { get; set; }

    public List<string> Lessons { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    public string? Region { get; set; }

    public List<string> Provinces { get; set; } = [];

    public string? Owner { get; set; }

    public List<string> Partners { get; set; } = [];

    /// <summary>"YYYY" or "YYYY-MM".</summary>
    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }

    public string? Funding { get; set; }

    /// <summary>Results in figures, one "label|value|unit" per entry (small, shown as a table).</summary>
    public List<string> Results { get; set; } = [];

    /// <summary>See-also links, one "title|url" per entry.</summary>
    public List<string> Links { get; set; } = [];

    public List<string> Keywords { get; set; } = [];

    /// <summary>Machine names of the analysis engine's signals this item helps with.</summary>
    public List<string> SignalKinds { get; set; } = [];

    /// <summary>Lower-case phrases that make the item relevant to a detected theme.</summary>
    public List<string> KeyPhrases { get; set; } = [];

    public string Language { get; set; } = "nl";

    public string? SourceTitle { get; set; }

    public string? SourceUrl { get; set; }

    // Expert fields.
    public List<string> Expertise { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public bool? OnSiteSupport { get; set; }

    // Fact-check fields.
    public string? Claim { get; set; }

    public string? Verdict { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? ClaimReviewDate { get; set; }

    public string? ReviewUrl { get; set; }

    // Contact person: shown only to logged-in professionals and only when consent is recorded.
    public string? ContactName { get; set; }

    public string? ContactRole { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>When and how the contact person agreed to be shown; without it the contact is never shown.</summary>
    public DateTimeOffset? ContactConsentAt { get; set; }

    public string? ContactConsentNote { get; set; }

    public KnowledgeStatus Status { get; set; }

    /// <summary>The curator's last remark (ask for changes, reject), shown to the proposer.</summary>
    public string? ReviewNote { get; set; }

    public Guid? ProposedById { get; set; }

    public Guid? ProposedByMunicipalityId { get; set; }

    /// <summary>Raised on every saved change; each value has a <see cref="KnowledgeItemVersion"/>.</summary>
    public int Version { get; set; }

    /// <summary>Hash of the shipped seed file this item was last loaded from; null for items made in the app.</summary>
    public string? SeedHash { get; set; }

    /// <summary>True once a person changed the item: the seeder then no longer overwrites it.</summary>
    public bool EditedAfterSeed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>
    /// The searchable text, lower-case and without accents (and, for SQLite, stemmed), kept in step with the fields by
    /// <see cref="Search.SearchDocument"/>. PostgreSQL indexes it with to_tsvector('dutch', ...).
    /// </summary>
    public string SearchDocument { get; set; } = "";

    public bool HasVisibleContact => ContactConsentAt is not null && !string.IsNullOrWhiteSpace(ContactName);
}

/// <summary>The review workflow: a proposal is a draft until submitted; curators publish, send back or reject.</summary>
public enum KnowledgeStatus
{
    Draft = 0,
    Submitted = 1,
    ChangesRequested = 2,
    Published = 3,
    Rejected = 4,
}
