using System.Globalization;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion;

/// <summary>
/// Reads pushed (and uploaded JSON/NDJSON) items: an object with the fields <c>id</c>, <c>text</c>, <c>author</c>,
/// <c>publishedAt</c> (ISO 8601), <c>url</c> and <c>replyTo</c>. Numbers are accepted for ids. A bad item gives a
/// Dutch reason instead of failing the whole request.
/// </summary>
public static class PushItemReader
{
    public static (IncomingMessage? Item, string? Error) Read(JsonElement element) =>
        Read(element, FieldNames.Default);

    public static (IncomingMessage? Item, string? Error) Read(JsonElement element, FieldNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, MonitoringText.Text["Push.ItemNotObject"]);
        }

        string? error = null;
        var id = Text(element, names.Id, ref error);
        var text = Text(element, names.Text, ref error);
        var author = Text(element, names.Author, ref error);
        var url = Text(element, names.Url, ref error);
        var replyTo = Text(element, names.ReplyTo, ref error);
        var published = Text(element, names.PublishedAt, ref error);
        return error is not null ? (null, error) : Create(id, text, author, published, url, replyTo, names);
    }

    /// <summary>The item from its field values as read (also by the push API's byte-level NDJSON reader).</summary>
    public static (IncomingMessage? Item, string? Error) Create(
        string? id, string? text, string? author, string? published, string? url, string? replyTo, FieldNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        DateTimeOffset? publishedAt = null;
        if (published is not null)
        {
            if (!DateParsing.TryParse(published, out var parsed))
            {
                return (null, MonitoringText.Text.Format("Push.DateInvalid", names.PublishedAt));
            }

            publishedAt = parsed;
        }

        return (new IncomingMessage(id, text, author, publishedAt, url, replyTo), null);
    }

    private static string? Text(JsonElement element, string? name, ref string? error)
    {
        if (name is null || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                error ??= MonitoringText.Text.Format("Push.FieldNotString", name);
                return null;
        }
    }

    /// <summary>Which JSON property holds which field (the upload's column mapping for JSON files).</summary>
    public sealed record FieldNames(string? Id, string Text, string? Author, string? PublishedAt, string? Url, string? ReplyTo)
    {
        public static FieldNames Default { get; } = new("id", "text", "author", "publishedAt", "url", "replyTo");
    }
}

/// <summary>Dates as sources write them: ISO 8601 (with or without offset; none means UTC) and Unix seconds.</summary>
public static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "d/M/yyyy H:mm", "d/M/yyyy",
        "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "dd-MM-yyyy",
    ];

    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result))
        {
            return true;
        }

        // RSS dates (RFC 1123) and other well-formed invariant dates.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 100_000_000 and < 100_000_000_000)
        {
            result = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        return false;
    }
}
