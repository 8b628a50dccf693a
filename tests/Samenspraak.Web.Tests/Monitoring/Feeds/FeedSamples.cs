using System.Globalization;
using System.Text.Json;

namespace Samenspraak.Web.Tests.Monitoring.Feeds;

/// <summary>
/// Responses in the formats real servers send: an RSS 2.0 channel (with content:encoded and dc:creator, as
/// WordPress writes it), an Atom 1.0 feed with xhtml and html content, and Mastodon statuses and accounts with the
/// fields of the Mastodon API's Status and Account entities.
/// </summary>
public static class FeedSamples
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Forum Teststad</title>
            <link>https://forum.teststad.be/</link>
            <description>Discussies over onze stad</description>
            <language>nl-BE</language>
            <atom:link href="https://forum.teststad.be/feed/" rel="self" type="application/rss+xml" />
            <item>
              <title>Nieuwe fietsstraat in de Kerkstraat</title>
              <link>https://forum.teststad.be/t/fietsstraat/101</link>
              <guid isPermaLink="false">forum-101</guid>
              <pubDate>Mon, 16 Nov 2026 08:15:00 +0100</pubDate>
              <dc:creator><![CDATA[Fietsfan_Gent]]></dc:creator>
              <description><![CDATA[<p>Vanaf maandag is de Kerkstraat een <strong>fietsstraat</strong>.</p><p>Auto&#8217;s zijn te gast &amp; mogen niet inhalen.</p><script>alert('x')</script>]]></description>
            </item>
            <item>
              <title>Die nieuwkomers zijn ratten</title>
              <link>https://forum.teststad.be/t/nieuwkomers/102</link>
              <guid>https://forum.teststad.be/t/nieuwkomers/102</guid>
              <pubDate>Tue, 17 Nov 2026 21:40:00 GMT</pubDate>
              <author>boze.burger@voorbeeld.be (Boze Burger)</author>
              <description>korte samenvatting</description>
              <content:encoded><![CDATA[<p>Die nieuwkomers zijn ratten, <em>weg ermee</em>!<br/>Iedereen weet het.</p>]]></content:encoded>
            </item>
            <item>
              <title>Foto van de markt</title>
              <link>https://forum.teststad.be/t/markt/103</link>
              <pubDate>Wed, 18 Nov 2026 10:00:00 EST</pubDate>
              <description>&lt;p&gt;Gezellige &lt;a href="https://forum.teststad.be/markt"&gt;markt&lt;/a&gt; vandaag.&lt;/p&gt;</description>
            </item>
            <item>
              <guid>forum-104</guid>
              <enclosure url="https://forum.teststad.be/foto.jpg" length="1000" type="image/jpeg" />
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
          <title>Blog van de wijkraad</title>
          <id>tag:wijkraad.teststad.be,2026:blog</id>
          <updated>2026-11-20T09:00:00Z</updated>
          <link rel="self" href="https://wijkraad.teststad.be/atom.xml" />
          <entry>
            <title type="text">Verslag van de wijkvergadering</title>
            <id>tag:wijkraad.teststad.be,2026:verslag-17</id>
            <link rel="alternate" type="text/html" href="https://wijkraad.teststad.be/verslag-17" />
            <published>2026-11-19T19:30:00+01:00</published>
            <updated>2026-11-20T08:00:00+01:00</updated>
            <author><name>Secretaris Wijkraad</name></author>
            <content type="xhtml">
              <div xmlns="http://www.w3.org/1999/xhtml">
                <p>We bespraken het <b>speelplein</b> en de verkeersveiligheid.</p>
                <ul><li>Meer zitbanken</li><li>Een zebrapad aan de school</li></ul>
              </div>
            </content>
          </entry>
          <entry>
            <title type="html">Reactie: &lt;em&gt;moskee&lt;/em&gt; in de wijk</title>
            <id>tag:wijkraad.teststad.be,2026:reactie-18</id>
            <link href="https://wijkraad.teststad.be/reactie-18" />
            <updated>2026-11-20T10:00:00Z</updated>
            <summary type="html">&lt;p&gt;Die moslims moeten allemaal het land uit.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;

    /// <summary>A Mastodon Account entity (the fields the API documents; values invented).</summary>
    public static string Account(string id, string acct) => JsonSerializer.Serialize(AccountObject(id, acct));

    /// <summary>A Mastodon Status entity as the API returns it.</summary>
    public static Dictionary<string, object?> Status(string id, string acct, string html, string createdAt,
        string? spoiler = null, string? inReplyTo = null, object? reblog = null, string host = "mastodon.test") => new()
    {
        ["id"] = id,
        ["created_at"] = createdAt,
        ["in_reply_to_id"] = inReplyTo,
        ["in_reply_to_account_id"] = inReplyTo is null ? null : "1",
        ["sensitive"] = spoiler is not null,
        ["spoiler_text"] = spoiler ?? "",
        ["visibility"] = "public",
        ["language"] = "nl",
        ["uri"] = $"https://{host}/users/{acct.Split('@')[0]}/statuses/{id}",
        ["url"] = reblog is null ? $"https://{host}/@{acct.Split('@')[0]}/{id}" : null,
        ["replies_count"] = 0,
        ["reblogs_count"] = 1,
        ["favourites_count"] = 2,
        ["edited_at"] = null,
        ["content"] = reblog is null ? html : "",
        ["reblog"] = reblog,
        ["account"] = AccountObject("1" + id[^3..], acct),
        ["media_attachments"] = Array.Empty<object>(),
        ["mentions"] = Array.Empty<object>(),
        ["tags"] = new[] { new { name = "teststad", url = $"https://{host}/tags/teststad" } },
        ["emojis"] = Array.Empty<object>(),
        ["card"] = null,
        ["poll"] = null,
    };

    public static string Statuses(params Dictionary<string, object?>[] statuses) => JsonSerializer.Serialize(statuses);

    private static Dictionary<string, object?> AccountObject(string id, string acct) => new()
    {
        ["id"] = id,
        ["username"] = acct.Split('@')[0],
        ["acct"] = acct,
        ["display_name"] = "Iemand " + id,
        ["locked"] = false,
        ["bot"] = false,
        ["created_at"] = "2024-01-01T00:00:00.000Z",
        ["note"] = "<p>Bio</p>",
        ["url"] = $"https://mastodon.test/@{acct}",
        ["avatar"] = "https://mastodon.test/avatars/original/missing.png",
        ["followers_count"] = 12,
        ["following_count"] = 3,
        ["statuses_count"] = int.Parse(id[^1..], CultureInfo.InvariantCulture),
        ["last_status_at"] = "2026-11-20",
        ["emojis"] = Array.Empty<object>(),
        ["fields"] = Array.Empty<object>(),
    };
}
