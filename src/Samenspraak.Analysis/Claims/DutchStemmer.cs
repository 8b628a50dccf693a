namespace Samenspraak.Analysis.Claims;

/// <summary>
/// A deliberately light Dutch suffix stripper for claim matching: both the claim and the message go through the
/// same stripping, so "vaccins", "vaccin" and "vaccinaties" meet on a shared stem without a dictionary.
/// </summary>
internal static class DutchStemmer
{
    public static int StemLength(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n > 4 && word.EndsWith("'s")) n -= 2;
        else if (n > 6 && (word.EndsWith("ingen") || word.EndsWith("aties"))) n -= 5;
        else if (n > 5 && (word.EndsWith("ing") || word.EndsWith("tie"))) n -= 3;
        else if (n > 4 && (word.EndsWith("en") || word.EndsWith("es"))) n -= 2;
        else if (n > 4 && (word[n - 1] == 's' || word[n - 1] == 'e' || word[n - 1] == 't')) n -= 1;
        // Undo the doubled consonant of a plural ("maskers" fine, "petten" -> "pett" -> "pet").
        if (n > 3 && word[n - 1] == word[n - 2] && !IsVowel(word[n - 1])) n -= 1;
        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
