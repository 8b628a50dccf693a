using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Community.Resources;

/// <summary>
/// Marker for the Community module's texts (CommunityText.resx: Dutch; CommunityText.en.resx: English). Pages inject
/// <c>IStringLocalizer&lt;CommunityText&gt;</c>; services and mails use <see cref="Text"/>.
/// </summary>
public sealed class CommunityText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Community.Resources.CommunityText");
}
