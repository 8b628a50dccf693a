namespace Samenspraak.Web.Knowledge.Resources;

/// <summary>
/// Marker for the knowledge module's texts (KnowledgeText.resx: Dutch; KnowledgeText.en.resx: English).
/// Pages inject <c>IStringLocalizer&lt;KnowledgeText&gt;</c>.
/// </summary>
public sealed class KnowledgeText;
