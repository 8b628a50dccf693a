using Microsoft.AspNetCore.Diagnostics;
using Samenspraak.Web.Infrastructure.Resources;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>
/// Turns exceptions on API paths into problem details. Page requests are left to the re-executed error page.
/// The exception is logged with its stack trace; the client only gets a Dutch text and a trace id.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusFor(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method,
                httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        }
        else
        {
            logger.LogWarning("Request {Method} {Path} refused with {Status}: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, status, exception.GetType().Name);
        }

        // The middleware has already pointed the request at the error page; decide on the path that failed.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!ApiPaths.IsApi(originalPath))
        {
            return false;
        }

        httpContext.Request.Path = originalPath;
        var detail = status == StatusCodes.Status400BadRequest ? ApiText.Get("InvalidJson") : null;
        await Problems.WriteAsync(httpContext, status, detail);
        return true;
    }

    /// <summary>
    /// A cross-municipality write is answered as "not found" so nothing about the other municipality leaks;
    /// bad requests (malformed JSON, oversize bodies) keep the status the server chose.
    /// </summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        TenantIsolationException => StatusCodes.Status404NotFound,
        BadHttpRequestException bad => bad.StatusCode,
        OperationCanceledException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
