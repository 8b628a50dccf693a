namespace Samenspraak.Web.Knowledge.Search;

/// <summary>
/// A Dutch stemmer in the spirit of the Snowball "dutch" algorithm (regions R1/R2, plural and -heid/-ing/-lijk/-baar
/// endings, undoubling), written for the Kennisbank so SQLite's FTS5 finds "trainingen" for "training" and
/// "omstaanders" for "omstaander". Input must be lower-case and folded (no accents, see <see cref="TextFolding"/>).
/// Index and query go through the same function, so consistency matters more than linguistic perfection.
/// </summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var w = new System.Text.StringBuilder(word);
        var r1 = RegionStart(w, 0);
        if (r1 < 3)
        {
            r1 = 3;
        }

        var r2 = RegionStart(w, r1);

        // Step 1: plural and inflection endings.
        if (EndsWith(w, "heden") && w.Length - 5 >= r1)
        {
            Replace(w, 5, "heid");
        }
        else if (EndsWith(w, "ene") && w.Length - 3 >= r1 && ValidEnEnding(w, w.Length - 3))
        {
            w.Length -= 3;
            Undouble(w);
        }
        else if (EndsWith(w, "en") && w.Length - 2 >= r1 && ValidEnEnding(w, w.Length - 2))
        {
            w.Length -= 2;
            Undouble(w);
        }
        else if (EndsWith(w, "se") && w.Length - 2 >= r1 && ValidSEnding(w, w.Length - 2))
        {
            w.Length -= 2;
        }
        else if (EndsWith(w, "s") && w.Length - 1 >= r1 && ValidSEnding(w, w.Length - 1))
        {
            w.Length -= 1;
        }

        // Step 2: a final -e after a consonant.
        var removedE = false;
        if (EndsWith(w, "e") && w.Length - 1 >= r1 && w.Length >= 2 && !IsVowel(w[^2]))
        {
            w.Length -= 1;
            Undouble(w);
            removedE = true;
        }

        // Step 3a: -heid.
        if (EndsWith(w, "heid") && w.Length - 4 >= r2 && (w.Length < 5 || w[^5] != 'c'))
        {
            w.Length -= 4;
            if (EndsWith(w, "en") && w.Length - 2 >= r1 && ValidEnEnding(w, w.Length - 2))
            {
                w.Length -= 2;
                Undouble(w);
            }
        }

        // Step 3b: derivational endings.
        if ((EndsWith(w, "end") || EndsWith(w, "ing")) && w.Length - 3 >= r2)
        {
            w.Length -= 3;
            if (EndsWith(w, "ig") && w.Length - 2 >= r2 && (w.Length < 3 || w[^3] != 'e'))
            {
                w.Length -= 2;
            }
            else
            {
                Undouble(w);
            }
        }
        else if (EndsWith(w, "ig") && w.Length - 2 >= r2 && (w.Length < 3 || w[^3] != 'e'))
        {
            w.Length -= 2;
        }
        else if (EndsWith(w, "lijk") && w.Length - 4 >= r2)
        {
            w.Length -= 4;
            if (EndsWith(w, "e") && w.Length - 1 >= r1 && w.Length >= 2 && !IsVowel(w[^2]))
            {
                w.Length -= 1;
                Undouble(w);
            }
        }
        else if (EndsWith(w, "baar") && w.Length - 4 >= r2)
        {
            w.Length -= 4;
        }
        else if (removedE && EndsWith(w, "bar") && w.Length - 3 >= r2)
        {
            w.Length -= 3;
        }

        // Step 4: "maat" and "maten" meet on "mat": a double vowel before a final consonant becomes single.
        if (w.Length >= 4)
        {
            char c = w[^4], v1 = w[^3], v2 = w[^2], d = w[^1];
            if (!IsVowel(c) && v1 == v2 && v1 is 'a' or 'e' or 'o' or 'u' && !IsVowel(d) && d != 'i')
            {
                w.Remove(w.Length - 2, 1);
            }
        }

        return w.ToString();
    }

    /// <summary>The position after the first consonant that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int RegionStart(System.Text.StringBuilder w, int from)
    {
        for (var i = Math.Max(from, 1); i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    private static bool ValidEnEnding(System.Text.StringBuilder w, int at) =>
        at > 0 && !IsVowel(w[at - 1]) && !(at >= 3 && w[at - 3] == 'g' && w[at - 2] == 'e' && w[at - 1] == 'm');

    private static bool ValidSEnding(System.Text.StringBuilder w, int at) => at > 0 && !IsVowel(w[at - 1]) && w[at - 1] != 'j';

    private static void Undouble(System.Text.StringBuilder w)
    {
        if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'k' or 'd' or 't')
        {
            w.Length -= 1;
        }
    }

    private static bool EndsWith(System.Text.StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(System.Text.StringBuilder w, int length, string replacement)
    {
        w.Length -= length;
        w.Append(replacement);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';
}
