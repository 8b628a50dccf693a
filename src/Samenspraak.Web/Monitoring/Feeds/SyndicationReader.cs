using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Samenspraak.Web.Monitoring.Feeds.Resources;
using Samenspraak.Web.Monitoring.Ingestion;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 documents into <see cref="IncomingMessage"/>s. The external id is the entry's guid/id
/// (or its link), so a re-poll of the same feed is recognised as duplicates by the ingestor. Text is the title and
/// the content (content:encoded, description, Atom content or summary in text, html or xhtml form) as plain text.
/// DTDs are refused (no entity expansion, no external resources).
/// </summary>
public static class SyndicationReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static FeedPage Read(byte[] body, int maxItems)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new FeedException(FeedText.Text.Format("Error.MalformedXml", e.LineNumber, e.LinePosition), inner: e);
        }

        var root = document.Root!;
        IEnumerable<XElement> entries;
        Func<XElement, IncomingMessage> read;
        if (root.Name == "rss")
        {
            entries = root.Element("channel")?.Elements("item") ?? [];
            read = RssItem;
        }
        else if (root.Name == Atom + "feed")
        {
            entries = root.Elements(Atom + "entry");
            read = AtomEntry;
        }
        else
        {
            throw new FeedException(FeedText.Text["Error.NotAFeed"]);
        }

        var items = new List<IncomingMessage>();
        var skipped = 0;
        foreach (var entry in entries.Take(maxItems))
        {
            var item = read(entry);
            if (string.IsNullOrWhiteSpace(item.Text))
            {
                skipped++; // an entry with only an enclosure or an image: nothing to analyse
                continue;
            }

            items.Add(item);
        }

        return new FeedPage(items, skipped, null);
    }

    private static IncomingMessage RssItem(XElement item)
    {
        var link = Value(item.Element("link"));
        var id = Value(item.Element("guid")) ?? link;
        var body = Value(item.Element(Content + "encoded")) ?? Value(item.Element("description"));
        var author = Value(item.Element(Dc + "creator")) ?? Value(item.Element("author"));
        return new IncomingMessage(id, Join(HtmlText.ToPlainText(Value(item.Element("title"))), HtmlText.ToPlainText(body)),
            author, Rfc822(Value(item.Element("pubDate")) ?? Value(item.Element(Dc + "date"))), HttpUrl(link), null);
    }

    private static IncomingMessage AtomEntry(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var id = Value(entry.Element(Atom + "id")) ?? link;
        var title = AtomText(entry.Element(Atom + "title"));
        var body = AtomText(entry.Element(Atom + "content")) is { Length: > 0 } content ? content : AtomText(entry.Element(Atom + "summary"));
        var author = Value(entry.Element(Atom + "author")?.Element(Atom + "name"));
        var published = Iso(Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated")));
        return new IncomingMessage(id, Join(title, body), author, published, HttpUrl(link), null);
    }

    /// <summary>Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (one xhtml div).</summary>
    private static string AtomText(XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        return ((string?)element.Attribute("type"))?.Trim() switch
        {
            "xhtml" => HtmlText.ToPlainText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            "html" or "text/html" => HtmlText.ToPlainText(element.Value),
            _ => HtmlText.ToPlainText(System.Net.WebUtility.HtmlEncode(element.Value)),
        };
    }

    /// <summary>Title and body on separate lines; the body alone when it already starts with the title.</summary>
    private static string Join(string title, string body)
    {
        if (title.Length == 0) return body;
        if (body.Length == 0 || body.StartsWith(title, StringComparison.Ordinal)) return body.Length == 0 ? title : body;
        return title + "\n\n" + body;
    }

    private static string? Value(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static string? HttpUrl(string? url) => FeedAddressGuard.IsFetchableUrl(url, out var uri) ? uri!.AbsoluteUri : null;

    private static DateTimeOffset? Iso(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>
    /// RFC 822 dates as feeds write them: "Mon, 23 Nov 2026 08:15:00 +0100" or "... GMT". A wrong weekday or a
    /// named zone (EST) does not lose the date: the weekday is dropped and named zones other than GMT/UT/Z count as UTC.
    /// </summary>
    internal static DateTimeOffset? Rfc822(string? value)
    {
        if (value is null) return null;
        var text = value.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 4) text = text[(comma + 1)..].Trim();
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 4 && parts[^1].Length > 0 && char.IsLetter(parts[^1][0]))
        {
            parts[^1] = "+0000";
            text = string.Join(' ', parts);
        }

        string[] formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz"];
        var normalised = parts.Length >= 4 && parts[^1] is ['+' or '-', _, _, _, _] zone ? text[..^5] + zone[..3] + ":" + zone[3..] : text;
        return DateTimeOffset.TryParseExact(normalised, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at)
            ? at
            : Iso(value);
    }
}
