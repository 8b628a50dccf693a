using System.Globalization;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Resources;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Platform.Accounts.Pages;

/// <summary>Tells a locked-out user when to try again, in minutes and as a Belgian clock time.</summary>
internal static class LockoutMessage
{
    public static string For(IStringLocalizer<SharedResource> text, DateTimeOffset? lockoutEnd, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var end = lockoutEnd ?? now;
        var minutes = Math.Max(1, (int)Math.Ceiling((end - now).TotalMinutes));
        var local = BelgianTime.ToLocal(end).ToString("HH:mm", CultureInfo.CurrentCulture);
        return text["Login.LockedOut", minutes, local];
    }
}
