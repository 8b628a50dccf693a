namespace Samenspraak.Analysis.Doxxing;

/// <summary>
/// Finds phone numbers (Belgian and Dutch), e-mail addresses, street addresses, national register numbers and IBANs
/// in the original text by hand-written scanning: the scanner runs only when the text holds a digit or an '@',
/// which keeps the common case (no personal data) at one pass over the characters.
/// </summary>
internal static class PiiScanner
{
    private static readonly string[] StreetSuffixes =
        ["straat", "laan", "lei", "plein", "steenweg", "dreef", "kaai", "weg", "baan", "singel", "gracht", "dijk", "markt", "hof", "pad",
         "kade", "wal", "veld", "berg", "vest", "vesten", "park", "square", "boulevard", "heide", "dorp", "strasse", "rue", "avenue"];

    public static bool MayContain(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c == '@')
            {
                return true;
            }
        }
        return false;
    }

    public static void Scan(string text, List<PiiSpan> found)
    {
        if (!MayContain(text))
        {
            return;
        }
        ScanEmails(text, found);
        ScanIbans(text, found);
        ScanNumbers(text, found);
        ScanAddresses(text, found);
    }

    private static void ScanEmails(string text, List<PiiSpan> found)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var s = at;
            while (s > 0 && IsEmailChar(text[s - 1])) s--;
            var e = at + 1;
            var dot = -1;
            while (e < text.Length && (char.IsAsciiLetterOrDigit(text[e]) || text[e] is '.' or '-'))
            {
                if (text[e] == '.') dot = e;
                e++;
            }
            while (e > at + 1 && text[e - 1] == '.') e--;
            if (s < at && dot > at + 1 && dot < e - 1)
            {
                found.Add(new PiiSpan(PiiKind.Email, s, e - s));
            }
        }
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static void ScanIbans(string text, List<PiiSpan> found)
    {
        Span<char> buf = stackalloc char[40];
        for (var i = 0; i + 15 < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || !char.IsAsciiLetter(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3])
                || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }
            var n = 0;
            var j = i;
            var lastGood = -1;
            var lastLen = 0;
            while (j < text.Length && n < 34 && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] == ' ' && j + 1 < text.Length && char.IsAsciiLetterOrDigit(text[j + 1]))))
            {
                if (text[j] != ' ')
                {
                    buf[n++] = text[j];
                    if (n >= 15 && Checksums.IsValidIban(buf[..n]))
                    {
                        lastGood = j;
                        lastLen = n;
                    }
                }
                j++;
            }
            if (lastGood > 0 && lastLen > 0)
            {
                found.Add(new PiiSpan(PiiKind.Iban, i, lastGood + 1 - i));
                i = lastGood;
            }
        }
    }

    /// <summary>Digit runs with separators: phone numbers and national register numbers.</summary>
    private static void ScanNumbers(string text, List<PiiSpan> found)
    {
        Span<char> digits = stackalloc char[24];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var startsNumber = char.IsAsciiDigit(c) || (c == '+' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
            if (!startsNumber || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || Covered(found, i))
            {
                i++;
                continue;
            }
            var plus = c == '+';
            var j = plus ? i + 1 : i;
            var n = 0;
            var end = j;
            while (j < text.Length && n < 24)
            {
                if (char.IsAsciiDigit(text[j]))
                {
                    digits[n++] = text[j];
                    end = j + 1;
                }
                else if (!(text[j] is ' ' or '.' or '-' or '/' or '(' or ')') || j + 1 >= text.Length || !(char.IsAsciiDigit(text[j + 1]) || text[j + 1] == '('))
                {
                    break;
                }
                j++;
            }
            var d = digits[..n];
            if (IsPhone(d, plus))
            {
                found.Add(new PiiSpan(PiiKind.Phone, i, end - i));
            }
            else if (!plus && Checksums.IsValidNationalRegisterNumber(d))
            {
                found.Add(new PiiSpan(PiiKind.NationalRegisterNumber, i, end - i));
            }
            i = Math.Max(end, i + 1);
        }
    }

    private static bool Covered(List<PiiSpan> found, int i)
    {
        foreach (var p in found)
        {
            if (i >= p.Start && i < p.Start + p.Length) return true;
        }
        return false;
    }

    /// <summary>Belgian (+32 / 0032 / 0 + 8 digits, mobile 04xx + 6) and Dutch (+31 / 0031 / 0 + 9 digits, mobile 06 + 8).</summary>
    private static bool IsPhone(ReadOnlySpan<char> d, bool plus)
    {
        if (plus)
        {
            return (d.StartsWith("32") && d.Length is 10 or 11) || (d.StartsWith("31") && d.Length == 11);
        }
        if (d.StartsWith("0032"))
        {
            return d.Length is 12 or 13;
        }
        if (d.StartsWith("0031"))
        {
            return d.Length == 13;
        }
        if (d.Length > 0 && d[0] == '0' && d.Length > 1 && d[1] != '0')
        {
            if (d[1] == '4' || d[1] == '6')
            {
                return d.Length == 10;
            }
            return d.Length is 9 or 10;
        }
        return false;
    }

    /// <summary>"Kerkstraat 12 bus 3, 9000 Gent", "Dorpsweg 5", "Lindelaan 14, 1234 AB Utrecht".</summary>
    private static void ScanAddresses(string text, List<PiiSpan> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Length >= 4 && HasStreetSuffix(word) && TryHouseNumber(text, wordEnd, out var end))
            {
                var start = i;
                // Multi-word street names ("Sint-Pietersnieuwstraat", "Grote Markt"): include a capitalised word before.
                end = ExtendWithPostcode(text, end);
                found.Add(new PiiSpan(PiiKind.Address, start, end - start));
                i = end;
                continue;
            }
            i = wordEnd;
        }
    }

    private static bool HasStreetSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in StreetSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryHouseNumber(string text, int pos, out int end)
    {
        end = pos;
        var j = pos;
        if (j < text.Length && text[j] == ',') j++;
        while (j < text.Length && text[j] == ' ') j++;
        var digits = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
            digits++;
        }
        if (digits is 0 or > 4 || (j < text.Length && char.IsAsciiDigit(text[j])))
        {
            return false;
        }
        if (j < text.Length && char.IsAsciiLetter(text[j]) && (j + 1 >= text.Length || !char.IsLetter(text[j + 1])))
        {
            j++;
        }
        // Optional "bus 3" / "/3".
        var k = j;
        while (k < text.Length && text[k] == ' ') k++;
        if (k + 3 < text.Length && text.AsSpan(k, 3).Equals("bus", StringComparison.OrdinalIgnoreCase))
        {
            var m = k + 3;
            while (m < text.Length && text[m] == ' ') m++;
            var busDigits = m;
            while (m < text.Length && char.IsAsciiLetterOrDigit(text[m])) m++;
            if (m > busDigits) j = m;
        }
        end = j;
        return true;
    }

    private static int ExtendWithPostcode(string text, int pos)
    {
        var j = pos;
        if (j < text.Length && text[j] == ',') j++;
        while (j < text.Length && text[j] == ' ') j++;
        var d = j;
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        if (j - d != 4)
        {
            return pos;
        }
        // Dutch "1234 AB".
        if (j + 3 <= text.Length && text[j] == ' ' && char.IsAsciiLetterUpper(text[j + 1]) && j + 2 < text.Length && char.IsAsciiLetterUpper(text[j + 2])
            && (j + 3 == text.Length || !char.IsLetter(text[j + 3])))
        {
            j += 3;
        }
        var k = j;
        while (k < text.Length && text[k] == ' ') k++;
        if (k < text.Length && char.IsUpper(text[k]))
        {
            while (k < text.Length && (char.IsLetter(text[k]) || text[k] == '-')) k++;
            return k;
        }
        return j;
    }
}
