namespace Samenspraak.Web.Learning.Resources;

/// <summary>
/// Texts of the course authoring pages (AuthoringText.resx: Dutch; AuthoringText.en.resx: English), kept apart from
/// <see cref="LearningText"/> because they are for authors only. Pages inject <c>IStringLocalizer&lt;AuthoringText&gt;</c>.
/// </summary>
public sealed class AuthoringText;
