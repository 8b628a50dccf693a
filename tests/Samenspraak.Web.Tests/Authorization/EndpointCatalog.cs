using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>One (method, route) the running application answers, with its authorization metadata.</summary>
public sealed record DiscoveredEndpoint(string Method, string Pattern, Endpoint Endpoint)
{
    public string Key => $"{Method} {Pattern}";

    public bool IsPage => Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>Files served by MapStaticAssets (CSS, JS, images): public by design, checked as a group.</summary>
    public bool IsStaticAsset => Endpoint.Metadata.Any(m => m.GetType().Name is "StaticAssetDescriptor" or "StaticAssetMetadata")
        || Endpoint.DisplayName?.StartsWith("Static Asset", StringComparison.OrdinalIgnoreCase) == true;

    public bool AllowsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public bool HasAuthorizeData => Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    public bool HasExplicitRule => AllowsAnonymous || HasAuthorizeData;

    public override string ToString() => Key;
}

public static class EndpointCatalog
{
    /// <summary>
    /// Every route endpoint of the running app, one entry per HTTP method. Pages (Razor components) answer GET and
    /// POST with the same authorization metadata; their GET stands for both.
    /// </summary>
    public static IReadOnlyList<DiscoveredEndpoint> Discover(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var result = new List<DiscoveredEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (!pattern.StartsWith('/'))
            {
                pattern = "/" + pattern;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            foreach (var method in methods)
            {
                if (isPage && method == HttpMethods.Post && methods.Contains(HttpMethods.Get))
                {
                    continue;
                }

                result.Add(new DiscoveredEndpoint(method, pattern, endpoint));
            }
        }

        return result.DistinctBy(e => e.Key).OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
    }
}
