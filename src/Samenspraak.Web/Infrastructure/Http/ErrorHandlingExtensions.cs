using Microsoft.AspNetCore.Diagnostics;

namespace Samenspraak.Web.Infrastructure.Http;

public static class ErrorHandlingExtensions
{
    /// <summary>Problem details (RFC 7807) for APIs; the error pages for people are re-executed at /fout/{code}.</summary>
    public static IHostApplicationBuilder AddErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    /// <summary>
    /// Must come before routing: status code pages re-execute the pipeline for pages, and the exception handler
    /// must wrap everything. No stack trace reaches a client, also not in Development.
    /// </summary>
    public static IApplicationBuilder UseErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/fout/500",
            StatusCodeSelector = ApiExceptionHandler.StatusFor,
            // A fresh service scope: the failed render's scoped services (navigation, antiforgery) are spent.
            CreateScopeForErrors = true,
        });
        app.UseWhen(c => ApiPaths.IsApi(c.Request),
            api => api.UseStatusCodePages(context => Problems.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)));
        app.UseWhen(c => !ApiPaths.IsApi(c.Request),
            pages => pages.UseStatusCodePagesWithReExecute("/fout/{0}", createScopeForStatusCodePages: true));

        // Error pages are re-executed with the failed request's method; a POST would make the error page itself
        // demand an antiforgery token (and fail again). People's error pages are always rendered as GET.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        return app;
    }
}
