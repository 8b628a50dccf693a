using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Monitoring.Start;

/// <summary>Texts of Monitoring's start-page panel (MonitoringStartText.resx: Dutch; .en.resx: English).</summary>
public sealed class MonitoringStartText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Monitoring.Start.MonitoringStartText");
}
