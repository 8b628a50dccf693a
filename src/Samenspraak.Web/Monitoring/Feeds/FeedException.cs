namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// A poll that failed for a reason the municipality can understand. <see cref="Exception.Message"/> is Dutch and
/// shown on the channel page; <see cref="RetryAfter"/> is the server's own wish (HTTP 429/503 Retry-After).
/// </summary>
public sealed class FeedException(string message, TimeSpan? retryAfter = null, Exception? inner = null, int? statusCode = null)
    : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The HTTP status of a refused request, when the server answered.</summary>
    public int? StatusCode { get; } = statusCode;
}
