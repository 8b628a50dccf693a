using System.Text.Json;
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

    /// <summary>
    /// Who acted: the user name, "Systeem" for work without a user, "Systeem (kanalen ophalen)" for a named system
    /// job (see <see cref="AuditActor"/>); a job without a translation shows its machine name.
    /// </summary>
    public static string Actor(IStringLocalizer<SharedResource> text, string? userName)
    {
        if (userName is null)
        {
            return text["Audit.System"];
        }

        if (AuditActor.SystemJobOf(userName) is not { } job)
        {
            return userName;
        }

        var label = text["Audit.Job." + job];
        return text["Audit.SystemJob", label.ResourceNotFound ? job : label.Value];
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

    /// <summary>
    /// The data-context interceptor stores changed property names as <c>{"properties":[...]}</c>; show those as a
    /// plain list. Anything else is shown as it was written.
    /// </summary>
    public static string? Details(IStringLocalizer<SharedResource> text, string? details)
    {
        if (details is null || !details.StartsWith("{\"properties\"", StringComparison.Ordinal))
        {
            return details;
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            var names = json.RootElement.GetProperty("properties").EnumerateArray().Select(p => p.GetString());
            return text["Audit.ChangedFields", string.Join(", ", names)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return details;
        }
    }
}
