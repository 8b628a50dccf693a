using System.Security.Cryptography;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// Verification codes: 12 random characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped by four so
/// people can type them from paper. 31^12 ≈ 7.9e17 codes, so guessing a valid one is hopeless.
/// </summary>
public static class CertificateCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        Span<char> chars = stackalloc char[14];
        var position = 0;
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                chars[position++] = '-';
            }

            chars[position++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Normalises what someone typed: upper case, spaces and dashes ignored, dashes re-inserted.</summary>
    public static string Normalise(string? typed)
    {
        var letters = (typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray();
        if (letters.Length != 12)
        {
            return new string(letters);
        }

        return $"{new string(letters, 0, 4)}-{new string(letters, 4, 4)}-{new string(letters, 8, 4)}";
    }
}
