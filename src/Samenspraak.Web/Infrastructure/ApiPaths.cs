namespace Samenspraak.Web.Infrastructure;

/// <summary>Tells machine-facing requests (JSON, problem details) from people-facing ones (HTML pages).</summary>
public static class ApiPaths
{
    public const string Prefix = "/api";

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
