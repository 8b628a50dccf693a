using Samenspraak.Web.Knowledge.Contracts;

namespace Samenspraak.Web.Knowledge.Items;

/// <summary>The stable, readable addresses of published items: /kennisbank/{plural of the kind}/{slug}.</summary>
public static class KnowledgeUrls
{
    private static readonly Dictionary<string, string> Segments = new(StringComparer.Ordinal)
    {
        [KnowledgeKinds.Practice] = "praktijken",
        [KnowledgeKinds.Organisation] = "organisaties",
        [KnowledgeKinds.Expert] = "experts",
        [KnowledgeKinds.Publication] = "publicaties",
        [KnowledgeKinds.Tool] = "tools",
        [KnowledgeKinds.Angle] = "invalshoeken",
        [KnowledgeKinds.FactCheck] = "factchecks",
    };

    public static IReadOnlyList<string> Kinds { get; } = [.. Segments.Keys];

    public static string For(string kind, string slug) => $"/kennisbank/{Segment(kind)}/{slug}";

    public static string Segment(string kind) => Segments.TryGetValue(kind, out var s) ? s : kind;

    public static string? KindOfSegment(string segment) =>
        Segments.FirstOrDefault(p => string.Equals(p.Value, segment, StringComparison.Ordinal)).Key;

    public static bool IsKind(string kind) => Segments.ContainsKey(kind);
}
