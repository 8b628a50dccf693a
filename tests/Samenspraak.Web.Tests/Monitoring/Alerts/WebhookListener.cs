using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Samenspraak.Web.Tests.Monitoring.Alerts;

/// <summary>
/// A real HTTP listener on 127.0.0.1 that records webhook calls (headers and body) and answers with the queued
/// status codes (200 when the queue is empty), so retries and signatures are tested over the wire.
/// </summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookListener()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<int> Responses { get; } = new();

    public ConcurrentQueue<(string? Timestamp, string? Signature, string Body)> Calls { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            Calls.Enqueue((context.Request.Headers["X-Samenspraak-Timestamp"], context.Request.Headers["X-Samenspraak-Signature"], body));
            context.Response.StatusCode = Responses.TryDequeue(out var status) ? status : 200;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
