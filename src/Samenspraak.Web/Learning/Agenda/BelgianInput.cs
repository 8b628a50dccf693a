namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// Turns a date and time typed in a form (Belgian wall-clock time) into a UTC moment. Shell's BelgianTime only
/// converts the other way; this lives here so the module does not change the shell.
/// </summary>
public static class BelgianInput
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // An hour skipped by the switch to summer time does not exist; take the moment one hour later.
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

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
