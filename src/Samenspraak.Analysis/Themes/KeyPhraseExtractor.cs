using System.Text;
using Samenspraak.Analysis.Normalisation;

namespace Samenspraak.Analysis.Themes;

/// <summary>
/// Extracts the keys that group social-media messages into themes: hashtags, @mentions, content words and
/// bigrams of adjacent content words (function words, Flemish filler and generic words removed, plurals folded
/// by <see cref="ThemeStemmer"/>), places (the municipality's own gazetteer, plus capitalised street and square
/// names such as "Stationsstraat" or "Stadspark"), and the target groups the analysis engine found. Links and
/// e-mail addresses are skipped. Text is folded with the engine's character folding, so "Moskeeën" and "moskeeen"
/// are one key. The output is deterministic: keys in a fixed kind order, each kind in order of first occurrence.
/// </summary>
public static class KeyPhraseExtractor
{
    /// <summary>At most this many keys per message; long posts would otherwise dominate themes.</summary>
    public const int MaxKeys = 24;

    private const int MinTermLength = 3;

    // Endings of Flemish street, square and park names; a capitalised word with one of them is a place even when
    // the municipality has no gazetteer ("Stationsstraat", "Turnhoutsebaan", "Stadspark").
    private static readonly string[] PlaceSuffixes = ["straat", "laan", "plein", "steenweg", "baan", "markt", "park", "dreef", "kaai", "lei", "singel", "veld"];

    public static IReadOnlyList<KeyPhrase> Extract(string text, IReadOnlyCollection<TargetGroup>? targets = null, IReadOnlySet<string>? places = null)
    {
        var hashtags = new List<string>();
        var mentions = new List<string>();
        var placeKeys = new List<string>();
        var bigrams = new List<string>();
        var terms = new List<string>();
        string? previousContent = null;
        foreach (var token in Tokens(text))
        {
            if (token.Kind == TokenKind.Break)
            {
                previousContent = null;
                continue;
            }
            if (token.Kind == TokenKind.Hashtag)
            {
                hashtags.Add("#" + token.Text);
                previousContent = null;
                continue;
            }
            if (token.Kind == TokenKind.Mention)
            {
                mentions.Add("@" + token.Text);
                previousContent = null;
                continue;
            }
            var word = token.Text;
            if ((places is not null && places.Contains(word)) || (token.Capitalised && IsStreetName(word)))
            {
                placeKeys.Add(KeyPhrase.PlacePrefix + word);
            }
            if (word.Length < MinTermLength || ThemeStopwords.IsNoKey(word) || HasDigit(word))
            {
                previousContent = null;
                continue;
            }
            word = ThemeStemmer.Stem(word);
            terms.Add(word);
            if (previousContent is not null)
            {
                bigrams.Add(previousContent + " " + word);
            }
            previousContent = word;
        }
        var result = new List<KeyPhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        AddAll(result, seen, hashtags, KeyKind.Hashtag);
        AddAll(result, seen, mentions, KeyKind.Mention);
        AddAll(result, seen, placeKeys, KeyKind.Place);
        if (targets is not null)
        {
            AddAll(result, seen, targets.Where(t => t != TargetGroup.Other).Select(t => KeyPhrase.TargetPrefix + t.MachineName()), KeyKind.TargetGroup);
        }
        // Words before bigrams: when a long post hits the cap, its single words are what other messages share.
        AddAll(result, seen, terms, KeyKind.Term);
        AddAll(result, seen, bigrams, KeyKind.Bigram);
        return result;
    }

    /// <summary>Folds a word or a place name the way the extractor does, for building a gazetteer.</summary>
    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Trim())
        {
            sb.Append(CharFolding.Fold(c));
        }
        return sb.ToString();
    }

    private static void AddAll(List<KeyPhrase> result, HashSet<string> seen, IEnumerable<string> keys, KeyKind kind)
    {
        foreach (var key in keys)
        {
            if (result.Count >= MaxKeys)
            {
                return;
            }
            if (seen.Add(key))
            {
                result.Add(new KeyPhrase(key, kind));
            }
        }
    }

    private static bool IsStreetName(string folded)
    {
        foreach (var suffix in PlaceSuffixes)
        {
            if (folded.Length >= suffix.Length + 3 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Numbers, times ("19u30"), dates and codes are no theme words.</summary>
    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    internal enum TokenKind
    {
        Word,
        Hashtag,
        Mention,
        Break,
    }

    /// <param name="Capitalised">The word started with an upper-case letter in the original text.</param>
    internal readonly record struct RawToken(string Text, TokenKind Kind, bool Capitalised = false);

    /// <summary>
    /// Splits on whitespace first so links and e-mail addresses can be dropped whole, then into words. Sentence
    /// punctuation yields a break token so bigrams never span two sentences.
    /// </summary>
    internal static IEnumerable<RawToken> Tokens(string text)
    {
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsLinkOrEmail(chunk))
            {
                yield return new RawToken("", TokenKind.Break);
                continue;
            }
            var i = 0;
            while (i < chunk.Length)
            {
                var c = chunk[i];
                if ((c == '#' || c == '@') && i + 1 < chunk.Length && IsWordChar(chunk[i + 1]))
                {
                    var start = ++i;
                    while (i < chunk.Length && (IsWordChar(chunk[i]) || chunk[i] == '_'))
                    {
                        i++;
                    }
                    yield return new RawToken(Fold(chunk[start..i]), c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
                    continue;
                }
                if (IsWordChar(c))
                {
                    var start = i;
                    while (i < chunk.Length && (IsWordChar(chunk[i]) || (chunk[i] is '-' or '\'' or '\u2019' && i + 1 < chunk.Length && IsWordChar(chunk[i + 1]))))
                    {
                        i++;
                    }
                    yield return new RawToken(Fold(chunk[start..i]), TokenKind.Word, char.IsUpper(chunk[start]));
                    continue;
                }
                if (c is '.' or '!' or '?' or ',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D')
                {
                    yield return new RawToken("", TokenKind.Break);
                }
                i++;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsLinkOrEmail(string chunk) =>
        chunk.Contains("://", StringComparison.Ordinal)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@', StringComparison.Ordinal) > 0 && chunk.IndexOf('.', chunk.IndexOf('@', StringComparison.Ordinal)) > 0);
}
