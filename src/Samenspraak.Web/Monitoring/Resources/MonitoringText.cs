using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Monitoring.Resources;

/// <summary>
/// Marker for the Monitoring module's texts (MonitoringText.resx: Dutch; MonitoringText.en.resx: English). Pages
/// inject <c>IStringLocalizer&lt;MonitoringText&gt;</c>; services use <see cref="Text"/>.
/// </summary>
public sealed class MonitoringText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Monitoring.Resources.MonitoringText");
}
