using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>Builds <see cref="KnowledgeItem.SearchDocument"/> from the fields people search in.</summary>
public static class SearchDocument
{
    /// <summary>
    /// Title first and repeated so it weighs more in both engines' ranking; the rest once. The text is folded
    /// (accent-free, lower-case); <paramref name="stem"/> also stems it for SQLite, where FTS5 has no Dutch stemmer.
    /// </summary>
    public static string Build(KnowledgeItem item, bool stem)
    {
        var parts = new List<string> { item.Title, item.Title, item.Summary, item.Body, item.Approach ?? "" };
        parts.AddRange(item.Lessons);
        parts.AddRange(item.Keywords);
        parts.AddRange(item.Themes);
        parts.AddRange(item.Municipalities);
        parts.AddRange(item.Provinces);
        parts.AddRange(item.Partners);
        parts.AddRange(item.Expertise);
        parts.Add(item.Owner ?? "");
        parts.Add(item.Claim ?? "");
        parts.Add(item.Publisher ?? "");
        var text = string.Join(' ', parts.Where(p => p.Length > 0));
        return string.Join(' ', stem ? TextFolding.Stems(text) : TextFolding.Words(text));
    }
}
