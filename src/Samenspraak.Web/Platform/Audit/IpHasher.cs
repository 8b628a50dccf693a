using System.Security.Cryptography;
using System.Text;

namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Turns a client IP address into a keyed hash, so the audit log can show "same source" without storing personal
/// data. Set <c>Audit:IpHashKey</c> (a secret, the same on every instance); without it a random key per process is
/// used and hashes only match within one run.
/// </summary>
public sealed class IpHasher
{
    private readonly byte[] _key;

    public IpHasher(IConfiguration configuration)
    {
        var configured = configuration["Audit:IpHashKey"];
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
    }

    public string? Hash(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(address.ToString()));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}
