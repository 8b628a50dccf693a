using System.Text.Json;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>Which column of the upload holds which field; only <see cref="Text"/> is required.</summary>
public sealed record ColumnMapping(string Text, string? Author, string? Date, string? Id, string? Url, string? ReplyTo)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ColumnMapping? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ColumnMapping>(json);

    /// <summary>A first guess from common column names of Facebook, Instagram, X and YouTube exports.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> columns)
    {
        string? Find(params string[] names) =>
            columns.FirstOrDefault(c => names.Any(n => string.Equals(c.Trim(), n, StringComparison.OrdinalIgnoreCase)));
        return new ColumnMapping(
            Find("text", "tekst", "message", "bericht", "comment", "reactie", "content", "body", "full_text", "caption") ?? "",
            Find("author", "auteur", "user", "username", "gebruiker", "from", "name", "naam", "screen_name", "handle", "authorDisplayName"),
            Find("date", "datum", "created_at", "createdAt", "timestamp", "time", "publishedAt", "published", "tijd"),
            Find("id", "comment_id", "message_id", "post_id", "tweet_id", "externalId"),
            Find("url", "link", "permalink"),
            Find("reply_to", "replyTo", "parent_id", "in_reply_to", "in_reply_to_status_id", "parentId"));
    }

    /// <summary>
    /// Turns a row into an incoming message, or gives the Dutch reason it must be skipped. Dates that cannot be read
    /// skip the row (a wrong date would put the message in the wrong period of every chart).
    /// </summary>
    public (IncomingMessage? Message, string? Problem) Map(IReadOnlyList<string> columns, ImportRow row)
    {
        if (row.Problem is not null)
        {
            return (null, row.Problem);
        }

        string? Value(string? column)
        {
            if (column is null)
            {
                return null;
            }

            var index = IndexOf(columns, column);
            return index >= 0 && index < row.Values.Count ? row.Values[index] : null;
        }

        DateTimeOffset? published = null;
        var date = Value(Date);
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateParsing.TryParse(date, out var parsed))
            {
                return (null, MonitoringText.Text.Format("Upload.DateInvalid", date.Length > 40 ? date[..40] + "…" : date));
            }

            published = parsed;
        }

        var message = new IncomingMessage(Value(Id), Value(Text), Value(Author), published, Value(Url), Value(ReplyTo));
        return MessageIngestor.Validate(message) is { } problem ? (null, problem) : (message, null);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
