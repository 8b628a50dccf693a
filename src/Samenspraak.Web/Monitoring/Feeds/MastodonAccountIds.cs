using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Remembers the numeric ids of Mastodon accounts looked up by name, per server, so a channel polled every few
/// minutes costs one request per poll instead of two. Kept in memory: losing it on a restart only costs one lookup.
/// </summary>
public sealed class MastodonAccountIds(IOptions<FeedOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Id, DateTimeOffset Until)> _ids = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(Uri instance, string acct, Func<Task<string>> lookUp)
    {
        var key = Key(instance, acct);
        var now = clock.GetUtcNow();
        if (_ids.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Id;
        }

        var id = await lookUp();
        _ids[key] = (id, now + options.Value.AccountIdLifetime);
        return id;
    }

    /// <summary>Drops a remembered id whose statuses the server no longer knows.</summary>
    public void Forget(Uri instance, string acct) => _ids.TryRemove(Key(instance, acct), out _);

    private static string Key(Uri instance, string acct) =>
        instance.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "|" + acct.Trim().TrimStart('@').ToLowerInvariant();
}
