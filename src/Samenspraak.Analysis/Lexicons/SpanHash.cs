namespace Samenspraak.Analysis.Lexicons;

/// <summary>
/// 64-bit FNV-1a over characters, so lexicon lookups and feature hashing work on spans without allocating strings.
/// Fixed constants: the hashes are part of the model artifacts and must never change between runs or machines.
/// </summary>
internal static class SpanHash
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>Hash of a span with one character left out (for edit-distance-1 lookups).</summary>
    public static ulong WithoutChar(ReadOnlySpan<char> s, int skip)
    {
        var h = Offset;
        for (var i = 0; i < s.Length; i++)
        {
            if (i != skip)
            {
                h = (h ^ s[i]) * Prime;
            }
        }
        return h;
    }

    /// <summary>Combines two hashes (word bigrams, feature namespaces).</summary>
    public static ulong Combine(ulong a, ulong b) => (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * Prime;
}
