using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Taxonomy;

/// <summary>A term of the shared taxonomy: a theme or a target group, managed by curators.</summary>
public sealed class KnowledgeTerm : IAudited
{
    public Guid Id { get; set; }

    public TermKind Kind { get; set; }

    public string Slug { get; set; } = "";

    public string LabelNl { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public string Label(bool english) => english && LabelEn.Length > 0 ? LabelEn : LabelNl;
}

public enum TermKind
{
    Theme = 0,
    TargetGroup = 1,
}
