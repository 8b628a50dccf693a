using Microsoft.Extensions.Localization;
using Samenspraak.Web.Resources;

namespace Samenspraak.Web.Platform.Audit.Pages;

/// <summary>Readable names for audit actions; an action without a translation shows its machine name.</summary>
internal static class AuditLabels
{
    public static string Action(IStringLocalizer<SharedResource> text, string action)
    {
        var label = text["Audit.Action." + action];
        return label.ResourceNotFound ? action : label.Value;
    }
}
