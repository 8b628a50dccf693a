using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>
/// Caps request bodies: 1 MB for the JSON API, 10 MB elsewhere (forms, later uploads), configurable under
/// <c>Limits</c>. A declared oversize body is refused before it is read (Dutch 413 page or problem); a body
/// that grows past the limit while streaming is stopped by the server and ends in the same 413.
/// </summary>
public static class RequestLimits
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var apiLimit = configuration.GetValue<long>("Limits:ApiMaxBodyBytes", 1_048_576);
        var pageLimit = configuration.GetValue<long>("Limits:MaxBodyBytes", 10_485_760);
        return app.Use((context, next) =>
        {
            var limit = ApiPaths.IsApi(context.Request) ? apiLimit : pageLimit;
            // The re-executed error page for this very 413 still carries the request's Content-Length.
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
            if (context.Request.ContentLength > limit && !reExecuted)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }
}
