using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Samenspraak.Web.Learning.RoleModels.Applications;

/// <summary>
/// Limits public role-model applications per client address (fixed window of an hour). Only a valid submission
/// uses a permit, so someone correcting a typo is not locked out; the page shows a Dutch message when refused.
/// </summary>
public sealed class ApplicationThrottle(IOptions<RoleModelApplicationOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ApplicationsPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
