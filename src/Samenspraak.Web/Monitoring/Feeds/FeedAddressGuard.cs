using System.Net;
using System.Net.Sockets;

namespace Samenspraak.Web.Monitoring.Feeds;

/// <summary>
/// Server-side request forgery guard: a feed address typed by a municipality must not make the server fetch from its
/// own machine or internal network. The check runs on the addresses a connection actually goes to (inside the
/// HTTP handler's connect callback), so it also covers DNS names that resolve to private addresses and redirects.
/// </summary>
public static class FeedAddressGuard
{
    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified, multicast.</summary>
    public static bool IsBlocked(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,        // 100.64.0.0/10 carrier-grade NAT
                169 => b[1] == 254,                     // link-local, including cloud metadata 169.254.169.254
                172 => b[1] is >= 16 and <= 31,
                192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
                198 => b[1] is 18 or 19,                // benchmarking networks
                >= 224 => true,                         // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC;               // fc00::/7 unique local
        }

        return true;
    }

    /// <summary>Only absolute http(s) URLs without user information are fetched.</summary>
    public static bool IsFetchableUrl(string? url, out Uri? uri) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out uri)
        && uri.Scheme is "http" or "https"
        && string.IsNullOrEmpty(uri.UserInfo);
}

/// <summary>Thrown by the connect callback when an address is refused; turned into a Dutch <see cref="FeedException"/>.</summary>
public sealed class FeedAddressRefusedException(string host) : Exception($"Refused to connect to a private address for '{host}'.")
{
    public string Host { get; } = host;
}
