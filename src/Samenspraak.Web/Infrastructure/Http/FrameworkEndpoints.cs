using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Primitives;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>
/// Some endpoints are added by the framework itself (Blazor's opaque-redirect helper, the static-file fallback)
/// and cannot be given metadata where they are mapped. They carry no data, so they are marked anonymous here;
/// without this the fallback "authenticated" policy would send anonymous visitors to the log-in page, and the
/// authorization matrix test would rightly report them as having no explicit rule.
/// </summary>
public static class FrameworkEndpoints
{
    private static readonly string[] AnonymousPatterns = ["/_framework/opaque-redirect", "{**path:file}", "/{**path:file}"];

    /// <summary>Call after all endpoints are mapped.</summary>
    public static IEndpointRouteBuilder MarkFrameworkEndpointsAnonymous(this IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
        {
            app.DataSources.Add(new AnonymousMarkingDataSource(source));
        }

        return app;
    }

    private static bool NeedsMark(Endpoint endpoint) =>
        endpoint is RouteEndpoint route
        && AnonymousPatterns.Contains(route.RoutePattern.RawText, StringComparer.Ordinal)
        && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private sealed class AnonymousMarkingDataSource(EndpointDataSource inner) : EndpointDataSource
    {
        private IReadOnlyList<Endpoint>? _source;
        private IReadOnlyList<Endpoint> _marked = [];

        // Endpoint identity matters to routing: rebuild only when the inner source produced a new list.
        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                var current = inner.Endpoints;
                if (!ReferenceEquals(current, _source))
                {
                    _marked = [.. current.Select(Mark)];
                    _source = current;
                }

                return _marked;
            }
        }

        public override IChangeToken GetChangeToken() => inner.GetChangeToken();

        public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) =>
            [.. inner.GetGroupedEndpoints(context).Select(Mark)];

        private static Endpoint Mark(Endpoint endpoint) => !NeedsMark(endpoint)
            ? endpoint
            : new RouteEndpoint(
                endpoint.RequestDelegate!,
                ((RouteEndpoint)endpoint).RoutePattern,
                ((RouteEndpoint)endpoint).Order,
                new EndpointMetadataCollection([.. endpoint.Metadata, new AllowAnonymousAttribute()]),
                endpoint.DisplayName);
    }
}
