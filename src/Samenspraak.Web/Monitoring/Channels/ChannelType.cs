namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// Where a channel's messages come from. The numbers are stored in the database: never renumber, only append.
/// Export types are filled by file upload; feed types are polled; <see cref="PushApi"/> is filled by the push API
/// (every channel also accepts uploads and pushes, the type says what the channel is).
/// </summary>
public enum ChannelType
{
    FacebookExport = 0,
    InstagramExport = 1,
    X = 2,
    YouTube = 3,
    WebsiteForum = 4,
    MastodonAccount = 5,
    MastodonHashtag = 6,
    RssFeed = 7,
    PushApi = 8,
}

public static class ChannelTypes
{
    public static IReadOnlyList<ChannelType> All { get; } = Enum.GetValues<ChannelType>();

    /// <summary>Channels that the feed poller fetches by itself.</summary>
    public static bool IsPolled(this ChannelType type) =>
        type is ChannelType.RssFeed or ChannelType.MastodonAccount or ChannelType.MastodonHashtag;
}
