using Samenspraak.Web.Monitoring.Ingestion;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>What a feed reader found in one response: the entries and the new cursor (null keeps the old one).</summary>
public sealed record FeedPage(IReadOnlyList<IncomingMessage> Items, int Skipped, string? Cursor);
