using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Learning.Resources;

/// <summary>
/// Texts of the Learning module (LearningText.resx: Dutch; LearningText.en.resx: English). Pages inject
/// <c>IStringLocalizer&lt;LearningText&gt;</c>; services without a component use <see cref="Text"/>.
/// </summary>
public sealed class LearningText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Learning.Resources.LearningText");
}
