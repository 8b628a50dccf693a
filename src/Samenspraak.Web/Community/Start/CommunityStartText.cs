using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Community.Start;

/// <summary>Texts of the community's start-page panel (CommunityStartText.resx: Dutch; .en.resx: English).</summary>
public sealed class CommunityStartText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Community.Start.CommunityStartText");
}
