using Microsoft.AspNetCore.Http.Features;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Api;

/// <summary>
/// The push API takes bigger bodies than the rest of the API (1 MB, <c>Limits:ApiMaxBodyBytes</c>): an integration
/// that forwards a day of comments sends tens of thousands of items at once, and the endpoint streams them into the
/// database in chunks, so it never holds the body. <c>Monitoring:Push:MaxBodyBytes</c> (default 32 MiB) is the limit
/// for <c>POST /api/v1/channels/{id}/messages</c> only; every other request keeps the platform's limits.
/// </summary>
internal static class PushBodyLimit
{
    public const long DefaultMaxBodyBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Replaces <c>app.UseRequestLimits()</c> in the pipeline: push requests get this module's limit (declared
    /// oversize bodies are refused with a Dutch 413 problem before anything is read; a streamed body that grows past
    /// it is stopped by the server), all other requests go through the platform's request limits unchanged.
    /// </summary>
    public static IApplicationBuilder UseRequestLimitsWithPushBodies(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("Monitoring:Push:MaxBodyBytes", DefaultMaxBodyBytes);
        app.UseWhen(context => !IsPushRequest(context.Request), branch => branch.UseRequestLimits());
        return app.Use((context, next) =>
        {
            if (!IsPushRequest(context.Request))
            {
                return next(context);
            }

            if (context.Request.ContentLength > limit)
            {
                return TooLarge(context, limit).ExecuteAsync(context);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }

    /// <summary>The Dutch 413 problem naming the limit in MiB.</summary>
    public static IResult TooLarge(HttpContext context, long limit) =>
        TypedResults.Problem(Problems.For(context, StatusCodes.Status413PayloadTooLarge,
            MonitoringText.Text.Format("Push.BodyTooLarge", limit / (1024 * 1024))));

    /// <summary><c>POST /api/v1/channels/{guid}/messages</c>, matched on the path because routing runs after the limits.</summary>
    public static bool IsPushRequest(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path.Value is not { } path)
        {
            return false;
        }

        const string prefix = "/api/v1/channels/";
        const string suffix = "/messages";
        var trimmed = path.EndsWith('/') ? path[..^1] : path;
        return trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && trimmed.Length > prefix.Length + suffix.Length
            && Guid.TryParse(trimmed.AsSpan(prefix.Length, trimmed.Length - prefix.Length - suffix.Length), out _);
    }
}
