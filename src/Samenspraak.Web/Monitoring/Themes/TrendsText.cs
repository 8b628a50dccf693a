using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>Texts of themes, alerts, dashboard and indicators (TrendsText.resx: Dutch; TrendsText.en.resx: English).</summary>
public sealed class TrendsText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Monitoring.Themes.TrendsText");
}
