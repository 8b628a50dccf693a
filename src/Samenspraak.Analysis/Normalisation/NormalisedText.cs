namespace Samenspraak.Analysis.Normalisation;

/// <summary>
/// Lower-cased, de-obfuscated text with, for every normalised character, the range of the ORIGINAL text it came
/// from. Inserted characters (a space between hashtag words) get an empty range, so evidence never points at
/// text the author did not write. Instances are reused per thread to keep the hot path allocation-free.
/// </summary>
internal sealed class NormalisedText
{
    public char[] Chars = new char[256];
    public int[] OriginalStart = new int[256];
    public int[] OriginalEnd = new int[256];

    /// <summary>True where the character ends a run of three or more equal letters that was shortened to two.</summary>
    public bool[] Collapsed = new bool[256];

    public int Length;

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Length);

    public void Reset(int capacityHint)
    {
        Length = 0;
        var needed = capacityHint * 2 + 16;
        if (Chars.Length < needed)
        {
            Chars = new char[needed];
            OriginalStart = new int[needed];
            OriginalEnd = new int[needed];
            Collapsed = new bool[needed];
        }
    }

    public void Append(char c, int originalStart, int originalEnd)
    {
        if (Length == Chars.Length)
        {
            Grow();
        }
        Chars[Length] = c;
        OriginalStart[Length] = originalStart;
        OriginalEnd[Length] = originalEnd;
        Collapsed[Length] = false;
        Length++;
    }

    public void AppendWord(string word, int originalStart, int originalEnd)
    {
        Append(' ', originalStart, originalStart);
        foreach (var c in word)
        {
            Append(c, originalStart, originalEnd);
        }
        Append(' ', originalEnd, originalEnd);
    }

    /// <summary>Maps a normalised range back to the original text as (start, length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var s = OriginalStart[start];
        var e = OriginalEnd[start + length - 1];
        for (var i = start; i < start + length; i++)
        {
            if (OriginalStart[i] < s) s = OriginalStart[i];
            if (OriginalEnd[i] > e) e = OriginalEnd[i];
        }
        return (s, Math.Max(0, e - s));
    }

    private void Grow()
    {
        var n = Chars.Length * 2;
        Array.Resize(ref Chars, n);
        Array.Resize(ref OriginalStart, n);
        Array.Resize(ref OriginalEnd, n);
        Array.Resize(ref Collapsed, n);
    }
}
