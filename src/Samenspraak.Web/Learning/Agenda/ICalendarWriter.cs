using System.Globalization;
using System.Text;
using Samenspraak.Web.Learning.Resources;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// Writes events as iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// character, TEXT values escaped (backslash, semicolon, comma, newline), times in UTC, a stable UID per event and
/// a DTSTAMP, and STATUS:CANCELLED for a cancelled event (kept in the feed so subscribers see it). Used for the single-event download and the subscribable feed.
/// </summary>
public static class ICalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IEnumerable<AgendaEvent> events, string calendarName, Func<AgendaEvent, string> urlOf, DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Samenspraak//Agenda//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName),
            "X-WR-TIMEZONE:Europe/Brussels",
        };
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{e.Id:D}@samenspraak");
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add("DTSTART:" + Utc(e.StartsAt));
            lines.Add("DTEND:" + Utc(e.EndsAt));
            lines.Add("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            // STATUS tells calendar clients to strike the event through; the prefix helps those that ignore STATUS.
            lines.Add("STATUS:" + (e.IsCancelled ? "CANCELLED" : "CONFIRMED"));
            lines.Add("SUMMARY:" + Escape(e.IsCancelled ? LearningText.Text["Ics.CancelledPrefix"] + e.Title : e.Title));
            if (!string.IsNullOrWhiteSpace(e.Description))
            {
                lines.Add("DESCRIPTION:" + Escape(e.Description));
            }

            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                lines.Add("LOCATION:" + Escape(e.Location));
            }

            lines.Add("URL:" + urlOf(e));
            lines.Add("CATEGORIES:" + Escape(e.Type.ToString()));
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }

        return builder.ToString();
    }

    public static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 section 3.3.11.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded so that no physical line exceeds 75 octets (section 3.1).</summary>
    public static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
