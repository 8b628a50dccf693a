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

    /// <summary>"AppUser" reads as "Account"; unknown types lose the generic-arity suffix ("IdentityUserRole`1").</summary>
    public static string Entity(IStringLocalizer<SharedResource> text, string? entityType)
    {
        if (string.IsNullOrEmpty(entityType))
        {
            return "–";
        }

        var name = entityType.Split('`')[0];
        var label = text["Audit.Entity." + name];
        return label.ResourceNotFound ? name : label.Value;
    }
}
