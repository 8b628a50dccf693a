using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Knowledge.Start;

/// <summary>Texts of the Kennisbank's start-page panel (KnowledgeStartText.resx: Dutch; .en.resx: English).</summary>
public sealed class KnowledgeStartText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Knowledge.Start.KnowledgeStartText");
}
