namespace Samenspraak.Web.Infrastructure.Http;

public static class NotFoundFallback
{
    /// <summary>
    /// Unknown addresses answer 404 to everybody (Dutch page or problem details). Without this catch-all the
    /// fallback authorization policy would send anonymous visitors of a mistyped URL to the log-in page.
    /// </summary>
    public static IEndpointRouteBuilder MapNotFoundFallback(this IEndpointRouteBuilder app)
    {
        app.MapFallback("{**path}", () => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
