using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.ActionPlans.Start;

/// <summary>Texts of the action plan's start-page panel (ActionPlanStartText.resx: Dutch; .en.resx: English).</summary>
public sealed class ActionPlanStartText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.ActionPlans.Start.ActionPlanStartText");
}
