using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The dedupe key of <see cref="Message.Fingerprint"/>. With an external id the id alone decides (an edited post
/// stays one message); without one, the whitespace- and case-normalised text, the author pseudonym and the
/// publication minute decide, so re-uploading the same export adds nothing.
/// </summary>
public static class MessageFingerprint
{
    public const int Length = 32;

    public static string Of(string? externalId, string text, string? authorPseudonym, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var basis = string.IsNullOrWhiteSpace(externalId)
            ? string.Concat(
                "t:", Normalise(text), "\n",
                "a:", authorPseudonym ?? "", "\n",
                "p:", publishedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? "")
            : "i:" + externalId.Trim();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(basis), hash);
        return Convert.ToHexStringLower(hash[..(Length / 2)]);
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
