using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Feeds.Resources;
using Samenspraak.Web.Monitoring.Ingestion;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>The outcome of one poll; <see cref="Error"/> is the Dutch reason when it failed.</summary>
public sealed record FeedPollResult(bool Succeeded, int Accepted, int Duplicates, int Skipped, string? Error);

/// <summary>
/// Polls one feed channel: fetches (RSS/Atom or Mastodon), hands the entries to the <see cref="MessageIngestor"/>
/// (dedupe on guid/status id, pseudonymised authors) and records the poll on the channel: cursor, last success,
/// next poll after the channel's interval, or after an error an exponential backoff (interval × 2^errors, capped)
/// that a server's Retry-After can lengthen. Used by <see cref="FeedPollJob"/> and the "Nu ophalen" button.
/// </summary>
public sealed class FeedPoller(
    AppDbContext db,
    FeedHttp http,
    MessageIngestor ingestor,
    MastodonAccountIds accountIds,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedPoller> logger)
{
    private const int IngestBatch = 1000;

    public async Task<FeedPollResult> PollAsync(Guid channelId, CancellationToken ct = default)
    {
        // Callers have checked access (the page loads the channel under the tenant filter; the job is system work).
        var channel = await db.Set<Channel>().IgnoreTenantFilter().FirstOrDefaultAsync(c => c.Id == channelId, ct)
            ?? throw new InvalidOperationException($"Channel {channelId} does not exist.");
        if (!channel.Active || !channel.Type.IsPolled())
        {
            return new FeedPollResult(false, 0, 0, 0, FeedText.Text["PollNow.Inactive"]);
        }

        var now = clock.GetUtcNow();
        channel.LastPolledAt = now;
        FeedPollResult result;
        try
        {
            var page = await FetchAsync(channel, ct);
            var (accepted, duplicates, rejected) = await IngestAsync(channel, page.Items, ct);
            channel.Cursor = page.Cursor is { Length: <= 500 } cursor ? cursor : channel.Cursor;
            channel.ConsecutiveErrors = 0;
            channel.LastError = null;
            channel.LastSuccessAt = now;
            channel.NextPollAt = now + Interval(channel);
            result = new FeedPollResult(true, accepted, duplicates, page.Skipped + rejected, null);
        }
        catch (FeedException e)
        {
            logger.LogWarning(e.InnerException, "Feed channel {Channel} failed: {Reason}", channel.Id, e.Message);
            result = Failed(channel, e.Message, e.RetryAfter, now);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Feed channel {Channel} failed unexpectedly", channel.Id);
            result = Failed(channel, FeedText.Text["Error.Unexpected"], null, now);
        }

        await db.SaveChangesAsync(CancellationToken.None); // the poll state must be kept even when the host stops
        return result;
    }

    /// <summary>When the next poll is due after <see cref="Channel.ConsecutiveErrors"/> errors in a row.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int consecutiveErrors, TimeSpan? retryAfter, TimeSpan cap)
    {
        var exponential = interval * Math.Pow(2, Math.Clamp(consecutiveErrors, 0, 20));
        var wait = retryAfter is { } serverWish ? Max(serverWish, interval) : exponential;
        return wait < cap ? wait : Max(cap, interval);
    }

    private FeedPollResult Failed(Channel channel, string error, TimeSpan? retryAfter, DateTimeOffset now)
    {
        channel.ConsecutiveErrors++;
        channel.LastError = error.Length > 1000 ? error[..1000] : error;
        channel.NextPollAt = now + Backoff(Interval(channel), channel.ConsecutiveErrors, retryAfter, options.Value.MaxBackoff);
        return new FeedPollResult(false, 0, 0, 0, error);
    }

    private async Task<FeedPage> FetchAsync(Channel channel, CancellationToken ct)
    {
        if (!FeedAddressGuard.IsFetchableUrl(channel.FeedUrl, out var url))
        {
            throw new FeedException(string.IsNullOrWhiteSpace(channel.FeedUrl) ? FeedText.Text["Error.NotConfigured"] : FeedText.Text["Error.Scheme"]);
        }

        var max = options.Value.MaxItemsPerPoll;
        if (channel.Type == ChannelType.RssFeed)
        {
            var (etag, lastModified) = RssCursor.Parse(channel.Cursor);
            var response = await http.GetAsync(url!, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5", etag, lastModified, ct);
            if (response.NotModified)
            {
                return new FeedPage([], 0, channel.Cursor);
            }

            var page = SyndicationReader.Read(response.Body, max);
            return page with { Cursor = RssCursor.Format(response.ETag, response.LastModified) };
        }

        var target = channel.AccountOrHashtag?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            throw new FeedException(FeedText.Text["Error.NotConfigured"]);
        }

        const string json = "application/json";
        Uri statuses;
        if (channel.Type == ChannelType.MastodonHashtag)
        {
            statuses = MastodonReader.HashtagUrl(url!, target, channel.Cursor);
        }
        else
        {
            var accountId = target.All(char.IsAsciiDigit) ? target : await accountIds.GetAsync(url!, target, () => LookUpAccountAsync(url!, target, ct));
            statuses = MastodonReader.AccountStatusesUrl(url!, accountId, channel.Cursor);
        }

        try
        {
            var body = (await http.GetAsync(statuses, json, null, null, ct)).Body;
            return MastodonReader.ReadStatuses(body, url!.Host, channel.Cursor);
        }
        catch (FeedException e) when (e.StatusCode == 404 && channel.Type == ChannelType.MastodonAccount)
        {
            // The remembered id may belong to an account that has since moved or been deleted: look it up next time.
            accountIds.Forget(url!, target);
            throw;
        }
    }

    private async Task<string> LookUpAccountAsync(Uri instance, string acct, CancellationToken ct)
    {
        try
        {
            return MastodonReader.AccountId((await http.GetAsync(MastodonReader.LookupUrl(instance, acct), "application/json", null, null, ct)).Body);
        }
        catch (FeedException e) when (e.StatusCode == 404)
        {
            throw new FeedException(FeedText.Text.Format("Error.AccountNotFound", acct));
        }
    }

    private async Task<(int Accepted, int Duplicates, int Rejected)> IngestAsync(Channel channel, IReadOnlyList<IncomingMessage> items, CancellationToken ct)
    {
        int accepted = 0, duplicates = 0, rejected = 0;
        foreach (var batch in items.Chunk(IngestBatch))
        {
            foreach (var outcome in await ingestor.IngestAsync(channel, batch, ct))
            {
                switch (outcome.Outcome)
                {
                    case IngestOutcome.Accepted: accepted++; break;
                    case IngestOutcome.Duplicate: duplicates++; break;
                    default: rejected++; break;
                }
            }
        }

        return (accepted, duplicates, rejected);
    }

    private static TimeSpan Interval(Channel channel) => TimeSpan.FromMinutes(Math.Max(1, channel.PollIntervalMinutes));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>The cursor of an RSS/Atom channel: the validators of the last response, for a conditional GET.</summary>
internal static class RssCursor
{
    private const string ETagPrefix = "etag:";
    private const string LastModifiedPrefix = "lm:";

    public static (string? ETag, string? LastModified) Parse(string? cursor)
    {
        if (cursor?.StartsWith(ETagPrefix, StringComparison.Ordinal) == true) return (cursor[ETagPrefix.Length..], null);
        if (cursor?.StartsWith(LastModifiedPrefix, StringComparison.Ordinal) == true) return (null, cursor[LastModifiedPrefix.Length..]);
        return (null, null);
    }

    public static string? Format(string? etag, string? lastModified) =>
        etag is { Length: > 0 } ? ETagPrefix + etag : lastModified is { Length: > 0 } ? LastModifiedPrefix + lastModified : null;
}
