using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Learning.Start;

/// <summary>Texts of the Leren/Agenda start-page panel (LearningStartText.resx: Dutch; .en.resx: English).</summary>
public sealed class LearningStartText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Learning.Start.LearningStartText");
}
