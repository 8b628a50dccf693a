using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Taxonomy;

/// <summary>A term of the shared taxonomy: a theme or a target group, managed by curators.</summary>
public sealed class KnowledgeTerm : IAudited
{
    public Guid Id { get; set; }

    public TermKind Kind { get; set; }

    /// <summary>The stable machine name items are tagged with; never changed after creation (old links and tags keep working).</summary>
    public string Slug { get; set; } = "";

    public string LabelNl { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Words that, found in a detected theme, mean this term is about it (guidance matching).</summary>
    public List<string> KeyPhrases { get; set; } = [];

    /// <summary>Signal kinds (e.g. "hate", "disinfo") of detected themes this term is about (guidance matching).</summary>
    public List<string> SignalKinds { get; set; } = [];

    public int SortOrder { get; set; }

    /// <summary>Set when a curator retires the term: hidden from new tagging, still labelled on the items that carry it.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>The slug this term was merged into; its items were re-tagged. A merged term stays (retired) so the seed never brings it back.</summary>
    public string? MergedInto { get; set; }

    public bool IsActive => RetiredAt is null;

    public string Label(bool english) => english && LabelEn.Length > 0 ? LabelEn : LabelNl;
}

public enum TermKind
{
    Theme = 0,
    TargetGroup = 1,
}
