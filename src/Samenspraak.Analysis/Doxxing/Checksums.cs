namespace Samenspraak.Analysis.Doxxing;

/// <summary>Check-digit validation of Belgian national register numbers and IBANs (both mod 97).</summary>
internal static class Checksums
{
    /// <summary>
    /// Validates 11 digits YYMMDDSSSCC: CC = 97 - (YYMMDDSSS mod 97); for people born from 2000 the number is
    /// prefixed with a '2' before the modulo. Month and day may be 0 (unknown birth date) but not out of range.
    /// </summary>
    public static bool IsValidNationalRegisterNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11)
        {
            return false;
        }
        long body = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(digits[i])) return false;
            body = body * 10 + (digits[i] - '0');
        }
        if (!char.IsAsciiDigit(digits[9]) || !char.IsAsciiDigit(digits[10]))
        {
            return false;
        }
        var check = (digits[9] - '0') * 10 + (digits[10] - '0');
        var month = (digits[2] - '0') * 10 + (digits[3] - '0');
        var day = (digits[4] - '0') * 10 + (digits[5] - '0');
        // Bis numbers add 20 or 40 to the month.
        if (month % 20 > 12 || day > 31)
        {
            return false;
        }
        return 97 - body % 97 == check || 97 - (2_000_000_000L + body) % 97 == check;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 must be 1.</summary>
    public static bool IsValidIban(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 15 || iban.Length > 34 || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = char.ToUpperInvariant(iban[(k + 4) % iban.Length]);
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return remainder == 1;
    }
}
