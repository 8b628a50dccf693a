using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Monitoring.Review.Resources;

/// <summary>
/// Marker for the review queue's texts (ReviewText.resx: Dutch; ReviewText.en.resx: English). Pages inject
/// <c>IStringLocalizer&lt;ReviewText&gt;</c>; services use <see cref="Text"/>.
/// </summary>
public sealed class ReviewText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Monitoring.Review.Resources.ReviewText");
}
