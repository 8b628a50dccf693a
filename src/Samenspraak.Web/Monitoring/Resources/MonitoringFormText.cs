using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace Samenspraak.Web.Monitoring.Resources;

/// <summary>
/// Static properties over <see cref="MonitoringText"/> for DataAnnotations (<c>ErrorMessageResourceType</c>,
/// <c>Display.ResourceType</c>), which cannot use IStringLocalizer.
/// </summary>
public static class MonitoringFormText
{
    private static readonly ResourceManager Resources = new(typeof(MonitoringText));

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string Channel([CallerMemberName] string name = "") => Get("Channel.Field." + name);

    public static string Required => Get("Form.Required");
    public static string MaxLength => Get("Form.MaxLength");
    public static string Interval => Get("Channel.Validation.Interval");

    public static string Name => Channel();
    public static string Type => Channel();
    public static string OwnerName => Channel();
    public static string FeedUrl => Channel();
    public static string AccountOrHashtag => Channel();
    public static string PollIntervalMinutes => Channel();
    public static string StoreRawHandles => Channel();
}
