using System.Security.Cryptography;
using System.Text;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// Push-API keys: "ssp_" + 32 random bytes in base64url (256 bits, so a plain SHA-256 is a safe verifier and lets
/// the API find the key by an index lookup).
/// </summary>
public static class ApiKeyGenerator
{
    public const string Marker = "ssp_";

    public static (string Key, string Prefix, string Hash) Create()
    {
        var key = Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, key[..(Marker.Length + 6)], Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));
}
