using System.Globalization;
using System.Text;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>Lower-casing, accent folding and word splitting shared by indexing, querying and snippet highlighting.</summary>
public static class TextFolding
{
    /// <summary>"Zoë's Café" becomes "zoe's cafe": invariant lower case without diacritics.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a text (letters and digits), folded.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Folded and stemmed words, for the SQLite index and its queries.</summary>
    public static IEnumerable<string> Stems(string text) => Words(text).Select(DutchStemmer.Stem);
}
