using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Monitoring.Feeds.Resources;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>The body of a successful fetch, or <see cref="NotModified"/> after a conditional request.</summary>
public sealed record FeedResponse(bool NotModified, byte[] Body, string? ETag, string? LastModified);

/// <summary>
/// The one HTTP client of the poller: guarded connections (see <see cref="FeedAddressGuard"/>), no proxy, at most
/// five redirects, a timeout per request and a cap on the response size. Every failure becomes a Dutch
/// <see cref="FeedException"/>; 429 and 503 carry the server's Retry-After.
/// </summary>
public sealed class FeedHttp : IDisposable
{
    private readonly FeedOptions _options;
    private readonly HttpClient _client;

    public FeedHttp(IOptions<FeedOptions> options)
    {
        _options = options.Value;
        var allowPrivate = _options.AllowPrivateAddresses;
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Every connection, also one for a redirect, goes to addresses checked here; checking the URL alone
            // would miss DNS names that resolve to internal addresses.
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Samenspraak", "1.0"));
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(+feed-poller)"));
    }

    /// <summary>GET with optional conditional headers (ETag / Last-Modified of the previous poll).</summary>
    public async Task<FeedResponse> GetAsync(Uri url, string accept, string? etag, string? lastModified, CancellationToken ct)
    {
        if (!FeedAddressGuard.IsFetchableUrl(url.OriginalString, out _))
        {
            throw new FeedException(FeedText.Text["Error.Scheme"]);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedResponse(true, [], etag, lastModified);
            }

            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var wait = RetryAfter(response.Headers.RetryAfter);
                throw new FeedException(FeedText.Text["Error.RateLimited"], wait ?? TimeSpan.Zero, statusCode: (int)response.StatusCode);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedException(FeedText.Text.Format("Error.Http", (int)response.StatusCode), statusCode: (int)response.StatusCode);
            }

            var body = await ReadCappedAsync(response.Content, timeout.Token);
            return new FeedResponse(false, body, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FeedException(FeedText.Text.Format("Error.Timeout", (int)_options.Timeout.TotalSeconds));
        }
        catch (HttpRequestException e) when (Refused(e) is { } refused)
        {
            throw new FeedException(FeedText.Text.Format("Error.AddressRefused", refused.Host), inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new FeedException(FeedText.Text["Error.Network"], inner: e);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        var cap = _options.MaxResponseBytes;
        if (content.Headers.ContentLength > cap)
        {
            throw TooLarge();
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            // Counted while reading: Content-Length may be absent or lie, and compressed bodies grow.
            if (buffer.Length + read > cap)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FeedException TooLarge() =>
        new(FeedText.Text.Format("Error.TooLarge", Math.Max(1, _options.MaxResponseBytes / (1024 * 1024))));

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        // One private address among the answers is enough to refuse: DNS answers can change between lookups.
        if (!allowPrivate && (addresses.Length == 0 || addresses.Any(FeedAddressGuard.IsBlocked)))
        {
            throw new FeedAddressRefusedException(endpoint.Host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static FeedAddressRefusedException? Refused(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is FeedAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
