using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>Validation texts and field names of the alert-rule form, for DataAnnotations (resource properties).</summary>
public static class AlertFormText
{
    public static string Range => TrendsText.Text["Form.Range"];

    public static string Threshold => TrendsText.Text["Alerts.Field.Threshold"];

    public static string WindowHours => TrendsText.Text["Alerts.Field.Window"];
}
