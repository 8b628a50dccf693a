using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.ActionPlans.Resources;

/// <summary>
/// The action-plan module's texts (ActionPlanText.resx: Dutch; ActionPlanText.en.resx: English). Pages inject
/// <c>IStringLocalizer&lt;ActionPlanText&gt;</c>; rules, exports and mails use <see cref="Text"/>.
/// </summary>
public sealed class ActionPlanText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.ActionPlans.Resources.ActionPlanText");
}
