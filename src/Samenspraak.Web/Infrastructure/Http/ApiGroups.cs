namespace Samenspraak.Web.Infrastructure.Http;

public static class ApiGroups
{
    public const string V1 = "/api/v1";

    /// <summary>
    /// A route group at /api/v1 for one feature (endpoints give their full path below it): rate limited per user and tagged for OpenAPI. Each endpoint
    /// still states its own authorization (the authorization matrix test checks that).
    /// </summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup(V1).RequireRateLimiting(RateLimits.Api).WithTags(tag);
}
