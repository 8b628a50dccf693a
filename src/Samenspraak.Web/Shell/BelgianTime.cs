using System.Globalization;

namespace Samenspraak.Web.Shell;

/// <summary>Times are stored in UTC and shown in Belgian time, whatever time zone the server runs in.</summary>
public static class BelgianTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>
    /// The Belgian calendar date of a moment. Daily counts are kept per Belgian day, so "today" must be one too: the
    /// UTC date is still yesterday between midnight and 01:00 (02:00 in summer) and would leave today's counts out.
    /// </summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    /// <summary>Short date and time in the current culture, e.g. "23/11/2026 14:05".</summary>
    public static string Format(DateTimeOffset moment) => ToLocal(moment).ToString("g", CultureInfo.CurrentCulture);

    private static TimeZoneInfo Find()
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
