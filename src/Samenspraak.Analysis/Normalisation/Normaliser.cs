namespace Samenspraak.Analysis.Normalisation;

/// <summary>
/// Undoes common obfuscation in one pass over the original text while recording an offset map:
/// case, accents, homoglyphs, full-width forms, invisible characters, leetspeak inside words, letters spaced or
/// dotted apart ("k a n k e r", "k.u.t"), letter runs ("kuuuuut"), emoji stand-ins, camel-cased hashtags,
/// and masking of @mentions, URLs and e-mail addresses.
/// </summary>
internal static class Normaliser
{
    public const string MentionWord = "xmention";
    public const string UrlWord = "xurl";
    public const string EmailWord = "xemail";

    [ThreadStatic]
    private static bool[]? _skip;

    public static void Normalise(string text, NormalisedText output)
    {
        output.Reset(text.Length);
        var skip = MarkSpacedLetterSeparators(text);
        var inHashtag = false;
        // One vectorised search decides whether masking can apply at all; most comments have no '@' or link.
        var mayMask = text.AsSpan().IndexOfAny('@', '/', '.') >= 0 && (text.Contains('@', StringComparison.Ordinal)
            || text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c) && !skip[i] && !inHashtag && (!mayMask || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '"' or '\''))))
            {
                // Fast path for the bulk of the text: a plain ASCII letter.
                var lower = (char)(c | 0x20);
                var n = output.Length;
                if (n >= 2 && output.Chars[n - 1] == lower && output.Chars[n - 2] == lower)
                {
                    output.OriginalEnd[n - 1] = i + 1;
                    output.Collapsed[n - 1] = true;
                }
                else
                {
                    output.Append(lower, i, i + 1);
                }
                i++;
                continue;
            }
            if (skip[i] || CharFolding.IsInvisible(c) || (c >= '\uFE00' && c <= '\uFE0F'))
            {
                i++;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var word = EmojiCues.WordFor(char.ConvertToUtf32(c, text[i + 1]));
                if (word is null)
                {
                    output.Append(' ', i, i + 2);
                }
                else
                {
                    output.AppendWord(word, i, i + 2);
                }
                i += 2;
                continue;
            }
            if (c is '\u2620' or '\u2639')
            {
                output.AppendWord(c == '\u2620' ? "dood" : "boos", i, i + 1);
                i++;
                continue;
            }
            var atWordStart = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '"' or '\'';
            if (mayMask && atWordStart && TryMask(text, i, output, out var consumed))
            {
                i += consumed;
                inHashtag = false;
                continue;
            }
            if (c == '#' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                inHashtag = true;
                output.Append(' ', i, i);
                i++;
                continue;
            }
            if (inHashtag)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    inHashtag = false;
                }
                else if (char.IsUpper(c) && i > 0 && char.IsLower(text[i - 1]))
                {
                    // #WegMetDeMoslims: a capital after a lower-case letter starts a new word.
                    output.Append(' ', i, i);
                }
            }
            var f = CharFolding.Fold(c);
            if (!char.IsLetter(f))
            {
                var leet = CharFolding.Leet(f);
                if (leet != '\0' && IsInsideWord(text, i, output))
                {
                    f = leet;
                }
                else if (char.IsWhiteSpace(f) || char.IsControl(f))
                {
                    f = ' ';
                }
            }
            if (char.IsLetter(f) && output.Length >= 2 && output.Chars[output.Length - 1] == f && output.Chars[output.Length - 2] == f)
            {
                // A third equal letter: extend the previous character's range instead of emitting it.
                output.OriginalEnd[output.Length - 1] = i + 1;
                output.Collapsed[output.Length - 1] = true;
                i++;
                continue;
            }
            output.Append(f, i, i + 1);
            i++;
        }
    }

    /// <summary>A leet character counts as a letter when a real letter touches it (m0sl1ms, k4nk3r, h@@t).</summary>
    private static bool IsInsideWord(string text, int i, NormalisedText output)
    {
        var prevLetter = output.Length > 0 && char.IsLetter(output.Chars[output.Length - 1]);
        if (prevLetter)
        {
            return true;
        }
        for (var j = i + 1; j < text.Length && j <= i + 3; j++)
        {
            var n = CharFolding.Fold(text[j]);
            if (char.IsLetter(n))
            {
                return true;
            }
            if (CharFolding.Leet(n) == '\0')
            {
                return false;
            }
        }
        return false;
    }

    private static bool TryMask(string text, int i, NormalisedText output, out int consumed)
    {
        consumed = 0;
        var c = text[i];
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        // Keep trailing sentence punctuation outside the masked span.
        while (end > i + 1 && text[end - 1] is '.' or ',' or '!' or '?' or ')' or ':' or ';' or '"')
        {
            end--;
        }
        var word = text.AsSpan(i, end - i);
        string? mask = null;
        if (c == '@' && word.Length > 1 && (char.IsLetterOrDigit(word[1]) || word[1] == '_'))
        {
            mask = MentionWord;
        }
        else if (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            mask = UrlWord;
        }
        else
        {
            var at = word.IndexOf('@');
            if (at > 0 && at < word.Length - 3 && word[(at + 1)..].IndexOf('.') > 0)
            {
                mask = EmailWord;
            }
        }
        if (mask is null)
        {
            return false;
        }
        output.AppendWord(mask, i, end);
        consumed = end - i;
        return true;
    }

    /// <summary>
    /// Marks the separators inside runs of at least three single characters split by one space, dot, dash, star or
    /// underscore ("k a n k e r", "k.u.t", "m-o-s-l-i-m-s") so the letters join into one word.
    /// </summary>
    private static bool[] MarkSpacedLetterSeparators(string text)
    {
        var skip = _skip;
        if (skip is null || skip.Length < text.Length)
        {
            skip = _skip = new bool[Math.Max(256, text.Length * 2)];
        }
        Array.Clear(skip, 0, text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSingle(text, i))
            {
                // Skip the rest of a longer word at once: only one-character words can start a run.
                var inWord = char.IsLetterOrDigit(text[i]);
                i++;
                while (inWord && i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                continue;
            }
            var j = i;
            var count = 1;
            var letters = char.IsLetter(text[i]) ? 1 : 0;
            while (j + 2 < text.Length && IsSeparator(text[j + 1]) && text[j + 1] == text[i + 1] && IsSingle(text, j + 2))
            {
                j += 2;
                count++;
                if (char.IsLetter(text[j]))
                {
                    letters++;
                }
            }
            if (count >= 3 && letters >= 2)
            {
                for (var k = i + 1; k < j; k += 2)
                {
                    skip[k] = true;
                }
            }
            i = j + 1;
        }
        return skip;
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '*' or '_' or '·' or '/';

    private static bool IsSingle(string text, int i)
    {
        var c = text[i];
        if (!char.IsLetterOrDigit(c) && CharFolding.Leet(c) == '\0')
        {
            return false;
        }
        var before = i == 0 || IsSeparator(text[i - 1]) || char.IsWhiteSpace(text[i - 1]);
        var after = i + 1 >= text.Length || IsSeparator(text[i + 1]) || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '!' or '?' or ',';
        return before && after;
    }
}
