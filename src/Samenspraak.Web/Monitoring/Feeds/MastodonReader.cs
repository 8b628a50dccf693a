using System.Globalization;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Feeds.Resources;
using Samenspraak.Web.Monitoring.Ingestion;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Mastodon's public REST API: an account's statuses (<c>/api/v1/accounts/lookup?acct=</c>, then
/// <c>/api/v1/accounts/{id}/statuses</c>) or a hashtag timeline (<c>/api/v1/timelines/tag/{tag}</c>), both with
/// <c>since_id</c> = the newest status id seen (the cursor), so a poll asks only for what is new. Boosts are left
/// out (they are someone else's status, polled where it was written); content warnings are kept with the text.
/// </summary>
public static class MastodonReader
{
    /// <summary>Mastodon's maximum page size for these endpoints.</summary>
    public const int PageSize = 40;

    public static Uri LookupUrl(Uri instance, string acct) =>
        new(instance, $"/api/v1/accounts/lookup?acct={Uri.EscapeDataString(acct.Trim().TrimStart('@'))}");

    public static Uri AccountStatusesUrl(Uri instance, string accountId, string? sinceId) =>
        new(instance, $"/api/v1/accounts/{Uri.EscapeDataString(accountId)}/statuses?limit={PageSize}&exclude_reblogs=true{Since(sinceId)}");

    public static Uri HashtagUrl(Uri instance, string tag, string? sinceId) =>
        new(instance, $"/api/v1/timelines/tag/{Uri.EscapeDataString(tag.Trim().TrimStart('#'))}?limit={PageSize}{Since(sinceId)}");

    /// <summary>The account id from a lookup answer.</summary>
    public static string AccountId(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
                ? value
                : throw Malformed(null);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    /// <summary>
    /// The statuses of one page, oldest first, and the new cursor: the highest id in the page (ids are numeric
    /// strings that grow with time), or <paramref name="cursor"/> when the page is empty.
    /// </summary>
    public static FeedPage ReadStatuses(byte[] body, string instanceHost, string? cursor)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(null);
            }

            var items = new List<IncomingMessage>();
            var skipped = 0;
            var newest = cursor;
            foreach (var status in document.RootElement.EnumerateArray())
            {
                var id = String(status, "id") ?? throw Malformed(null);
                if (IsNewer(id, newest))
                {
                    newest = id;
                }

                if (status.TryGetProperty("reblog", out var reblog) && reblog.ValueKind == JsonValueKind.Object)
                {
                    skipped++;
                    continue;
                }

                var text = Text(String(status, "spoiler_text"), HtmlText.ToPlainText(String(status, "content")));
                if (text.Length == 0)
                {
                    skipped++; // media only
                    continue;
                }

                items.Add(new IncomingMessage(
                    id,
                    text,
                    Handle(status, instanceHost),
                    DateTimeOffset.TryParse(String(status, "created_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
                    String(status, "url") ?? String(status, "uri"),
                    String(status, "in_reply_to_id")));
            }

            items.Reverse(); // Mastodon answers newest first; store in the order they were written.
            return new FeedPage(items, skipped, newest);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
        catch (InvalidOperationException e)
        {
            throw Malformed(e); // a property of an unexpected JSON kind
        }
    }

    /// <summary>Numeric-string comparison: longer is larger, then ordinal.</summary>
    public static bool IsNewer(string id, string? than) =>
        than is null || id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);

    /// <summary>
    /// The full handle user@server: statuses of the instance's own users carry only "user", and the same person must
    /// get the same pseudonym whichever instance is polled.
    /// </summary>
    private static string? Handle(JsonElement status, string instanceHost)
    {
        if (!status.TryGetProperty("account", out var account) || account.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var acct = String(account, "acct");
        return acct is null ? null : acct.Contains('@', StringComparison.Ordinal) ? acct : $"{acct}@{instanceHost}";
    }

    private static string Text(string? warning, string content) =>
        string.IsNullOrWhiteSpace(warning) ? content : content.Length == 0 ? warning.Trim() : warning.Trim() + "\n\n" + content;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Since(string? sinceId) => sinceId is null ? "" : "&since_id=" + Uri.EscapeDataString(sinceId);

    private static FeedException Malformed(Exception? inner) => new(FeedText.Text["Error.MalformedJson"], inner: inner);
}
