using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Samenspraak.Web.Tests.Monitoring.Feeds;

/// <summary>A response the test server sends: status, body, content type and extra headers.</summary>
public sealed record FeedReply(int Status, string Body = "", string ContentType = "application/xml; charset=utf-8",
    IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>One request the server received: path with query, and the request headers that matter to polling.</summary>
public sealed record FeedRequest(string PathAndQuery, string? IfNoneMatch, string? UserAgent);

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener on a free port) that answers feed requests from handlers the test
/// registers per path, and records every request, so tests can check what the poller asked for (the cursor).
/// </summary>
public sealed class FeedTestServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, FeedReply>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public FeedTestServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<FeedRequest> Requests { get; } = new();

    /// <summary>Answers requests to <paramref name="path"/> (without query) with the handler's reply.</summary>
    public void Map(string path, Func<HttpListenerRequest, FeedReply> handler) => _routes[path] = handler;

    public void Map(string path, FeedReply reply) => Map(path, _ => reply);

    public IReadOnlyList<FeedRequest> RequestsTo(string path) =>
        Requests.Where(r => r.PathAndQuery.Split('?')[0] == path).ToList();

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        Requests.Enqueue(new FeedRequest(request.Url!.PathAndQuery, request.Headers["If-None-Match"], request.UserAgent));
        var reply = _routes.TryGetValue(request.Url.AbsolutePath, out var handler) ? handler(request) : new FeedReply(404, "niet gevonden", "text/plain");
        var response = context.Response;
        try
        {
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            if (reply.Status != 304)
            {
                var bytes = Encoding.UTF8.GetBytes(reply.Body);
                response.ContentType = reply.ContentType;
                response.ContentLength64 = bytes.Length;
                response.OutputStream.Write(bytes);
            }
        }
        catch (HttpListenerException)
        {
            // The client gave up (size cap, timeout): nothing to do.
        }
        finally
        {
            response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
