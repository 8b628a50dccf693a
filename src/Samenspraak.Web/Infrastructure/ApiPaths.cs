namespace Samenspraak.Web.Infrastructure;

/// <summary>Tells machine-facing requests (JSON, problem details) from people-facing ones (HTML pages).</summary>
public static class ApiPaths
{
    public const string Prefix = "/api";

    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
