using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Monitoring.Feeds.Resources;

/// <summary>
/// Marker for the feed poller's texts (FeedText.resx: Dutch; FeedText.en.resx: English): poll errors shown on the
/// channel page, the poll status and the "Nu ophalen" button. Services use <see cref="Text"/>.
/// </summary>
public sealed class FeedText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Monitoring.Feeds.Resources.FeedText");
}
