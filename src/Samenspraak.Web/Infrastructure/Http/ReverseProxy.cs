using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>
/// Behind a reverse proxy (TLS terminated there), trusts X-Forwarded-For/-Proto from the listed proxies only, so
/// rate limits and the audit log see the real client and the app knows the request was HTTPS.
/// Off unless <c>ReverseProxy:KnownProxies</c> lists the proxy addresses (comma separated).
/// </summary>
public static class ReverseProxy
{
    public static IApplicationBuilder UseReverseProxyHeaders(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var proxies = (configuration["ReverseProxy:KnownProxies"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (proxies.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        return app.UseForwardedHeaders(options);
    }
}
