using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>
/// Signs webhook bodies: <c>X-Samenspraak-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>
/// with the Unix timestamp in <c>X-Samenspraak-Timestamp</c>, so a receiver can check both origin and freshness
/// (reject old timestamps to stop replays). Documented for receivers in docs/trends.md.
/// </summary>
public static class WebhookSigner
{
    public const string SignatureHeader = "X-Samenspraak-Signature";
    public const string TimestampHeader = "X-Samenspraak-Timestamp";

    public static string Sign(string secret, long unixTimestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes(unixTimestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Constant-time check of a received signature (what a receiver does).</summary>
    public static bool Verify(string secret, long unixTimestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, unixTimestamp, body)), Encoding.ASCII.GetBytes(signature));
}
