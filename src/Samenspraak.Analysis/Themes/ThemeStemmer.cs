namespace Samenspraak.Analysis.Themes;

/// <summary>
/// A deliberately light Dutch plural folding for theme keys, so "moskee" and "moskeeën", "moslim" and "moslims",
/// "betoging" and "betogingen" become one key. It only removes endings whose removal leaves a readable singular
/// (the result is shown in theme labels); irregular plurals ("scholen") are left alone rather than mangled.
/// </summary>
internal static class ThemeStemmer
{
    // Words that look like a plural in -s but are not one.
    private static readonly HashSet<string> NotPlural = new(StringComparer.Ordinal) { "nergens", "ergens", "anders", "overigens", "trouwens", "tenminste", "sedertdien" };

    public static string Stem(string folded)
    {
        var w = folded;
        if (w.Length >= 7 && w.EndsWith("eeen", StringComparison.Ordinal))
        {
            // moskeeën → moskee (folded: "moskeeen")
            return w[..^2];
        }
        if (w.Length >= 8 && w.EndsWith("ingen", StringComparison.Ordinal))
        {
            // betogingen → betoging, vluchtelingen → vluchteling
            return w[..^2];
        }
        if (w.Length >= 6 && w[^1] == 's' && !NotPlural.Contains(w) && w[^2] is 'r' or 'm' or 'l' or 'n' && IsVowel(w[^3]))
        {
            // moslims → moslim, asielzoekers → asielzoeker, vaccins → vaccin, jongens → jongen
            return w[..^1];
        }
        if (w.Length >= 7 && w.EndsWith("wen", StringComparison.Ordinal) && IsVowel(w[^4]))
        {
            // vrouwen → vrouw, gebouwen → gebouw
            return w[..^2];
        }
        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
