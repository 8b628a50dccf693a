namespace Samenspraak.Web.Knowledge.Items;

/// <summary>A saved state of a knowledge item: who did what, when, and the item as JSON at that moment.</summary>
public sealed class KnowledgeItemVersion
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public int Version { get; set; }

    /// <summary>What happened: one of <see cref="KnowledgeActions"/>.</summary>
    public string Action { get; set; } = "";

    public KnowledgeStatus Status { get; set; }

    public Guid? ChangedById { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string Snapshot { get; set; } = "";
}

/// <summary>Machine names of version actions (and audit actions, prefixed "knowledge.").</summary>
public static class KnowledgeActions
{
    public const string Seeded = "seeded";
    public const string SeedUpdated = "seed-updated";
    public const string DraftSaved = "draft-saved";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string ChangesRequested = "changes-requested";
    public const string Rejected = "rejected";
    public const string Edited = "edited";
    public const string Imported = "imported";
    public const string Retagged = "retagged";
}
