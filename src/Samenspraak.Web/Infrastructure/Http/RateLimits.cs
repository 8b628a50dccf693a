using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>
/// Rate limiting. <see cref="Login"/>: per client IP on the log-in, password and invitation forms (applied
/// globally to POSTs on those paths, so no page can forget it). <see cref="Api"/>: per user, or per IP when
/// anonymous, on /api. Rejections are 429 with Retry-After; the body is the Dutch problem or error page.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Api = "api";

    private static readonly string[] LoginPaths = ["/inloggen", "/wachtwoord-vergeten", "/wachtwoord-herstellen", "/uitnodiging"];

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddRateLimiter(options =>
        {
            // Read here, when the options are first needed, so configuration added by the host later counts.
            var section = configuration.GetSection("RateLimiting");
            var loginLimit = section.GetValue("LoginPermitLimit", 10);
            var loginWindow = TimeSpan.FromSeconds(section.GetValue("LoginWindowSeconds", 60));
            var apiLimit = section.GetValue("ApiPermitLimit", 300);
            var apiWindow = TimeSpan.FromSeconds(section.GetValue("ApiWindowSeconds", 60));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // The body is left to the status code pages: problem details for APIs, the /fout/429 page for people.
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Login, context => LoginPartition(context, loginLimit, loginWindow));
            options.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter(
                "api:" + (context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ClientIp(context)),
                _ => Window(apiLimit, apiWindow)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context.Request)
                    ? LoginPartition(context, loginLimit, loginWindow)
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    private static RateLimitPartition<string> LoginPartition(HttpContext context, int limit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter("login:" + ClientIp(context), _ => Window(limit, window));

    private static FixedWindowRateLimiterOptions Window(int limit, TimeSpan window) =>
        new() { PermitLimit = limit, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static bool IsLoginPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LoginPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
