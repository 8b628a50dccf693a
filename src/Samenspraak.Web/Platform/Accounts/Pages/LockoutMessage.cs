using System.Globalization;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Resources;

namespace Samenspraak.Web.Platform.Accounts.Pages;

/// <summary>Tells a locked-out user when to try again, in minutes and as a clock time (Belgian time).</summary>
internal static class LockoutMessage
{
    private static readonly TimeZoneInfo Brussels = FindBrussels();

    public static string For(IStringLocalizer<SharedResource> text, DateTimeOffset? lockoutEnd, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var end = lockoutEnd ?? now;
        var minutes = Math.Max(1, (int)Math.Ceiling((end - now).TotalMinutes));
        var local = TimeZoneInfo.ConvertTime(end, Brussels);
        return text["Login.LockedOut", minutes, local.ToString("HH:mm", CultureInfo.CurrentCulture)];
    }

    private static TimeZoneInfo FindBrussels()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
