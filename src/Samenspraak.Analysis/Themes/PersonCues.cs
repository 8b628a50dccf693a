namespace Samenspraak.Analysis.Themes;

/// <summary>
/// Finds the people a message addresses: @mentions ("@jan_peeters") and names written as two or three capitalised
/// words ("Jan Peeters", "Fatima El Amrani"). Because every sentence begins with a capital, a sentence-initial
/// function word ("Ook", "Die", "Het") never starts a name. Returned folded, deduplicated, in order of appearance.
/// </summary>
public static class PersonCues
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "van", "de", "der", "den", "el", "al", "ben", "le", "la", "du" };

    public static IReadOnlyList<string> Extract(string text)
    {
        var found = new List<string>();
        var words = new List<(string Word, bool SentenceStart)>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '@' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var start = ++i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                found.Add("@" + KeyPhraseExtractor.Fold(text[start..i]));
                words.Add(("", false));
                sentenceStart = false;
                continue;
            }
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }
                words.Add((text[start..i], sentenceStart));
                sentenceStart = false;
                continue;
            }
            if (c is '.' or '!' or '?' or '\n' or ':' or '"')
            {
                sentenceStart = true;
                words.Add(("", true));
            }
            i++;
        }
        for (var w = 0; w < words.Count; w++)
        {
            if (!IsCapitalised(words[w].Word) || (words[w].SentenceStart && ThemeStopwords.Contains(KeyPhraseExtractor.Fold(words[w].Word))))
            {
                continue;
            }
            var parts = new List<string> { words[w].Word };
            var j = w + 1;
            while (j < words.Count && parts.Count < 4
                && (IsCapitalised(words[j].Word) || (NameParticles.Contains(words[j].Word) && j + 1 < words.Count && IsCapitalised(words[j + 1].Word))))
            {
                parts.Add(words[j].Word);
                j++;
            }
            if (parts.Count >= 2)
            {
                found.Add(KeyPhraseExtractor.Fold(string.Join(' ', parts)));
                w = j - 1;
            }
        }
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    // Capitalised but not shouting: "Peeters" yes, "STOP" no.
    private static bool IsCapitalised(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
