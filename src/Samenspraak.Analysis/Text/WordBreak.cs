using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Text;

/// <summary>
/// Segments a run of words written without spaces ("moslimsmoetenallemaalweg", "diezijnallemaalvuil") into lexicon
/// words by dynamic programming: the segmentation with the fewest pieces in which every piece is a known word of at
/// least two letters and at least one piece carries content (a group, slur or derogatory term). The two-piece and
/// three-piece splits of <see cref="Tokenizer"/> run first; this handles longer runs, up to eight pieces.
/// </summary>
internal static class WordBreak
{
    public const int MaxPieces = 8;
    private const int MaxLength = 64;
    private const int MinPiece = 2;

    /// <summary>Packs the start offsets of pieces 2..n into a ulong (one byte each, piece 2 in the lowest byte), or 0
    /// when there is no segmentation.</summary>
    public static ulong Segment(Lexicon lexicon, ReadOnlySpan<char> word, LexTag contentTags)
    {
        var n = word.Length;
        if (n < 8 || n > MaxLength)
        {
            return 0;
        }
        // best[i]: fewest pieces covering word[..i]; from[i]: start of the last piece; hasContent[i]: a content piece used.
        Span<byte> best = stackalloc byte[n + 1];
        Span<byte> from = stackalloc byte[n + 1];
        Span<bool> hasContent = stackalloc bool[n + 1];
        best.Fill(byte.MaxValue);
        best[0] = 0;
        for (var i = MinPiece; i <= n; i++)
        {
            for (var j = 0; j <= i - MinPiece; j++)
            {
                if (best[j] == byte.MaxValue || best[j] + 1 > MaxPieces || !lexicon.TryGet(SpanHash.Of(word[j..i]), out var entry))
                {
                    continue;
                }
                var pieces = (byte)(best[j] + 1);
                var content = hasContent[j] || (entry.Tags & contentTags) != 0 && (entry.Tags & LexTag.Stopword) == 0;
                // Fewer pieces first; among equals prefer one that carries content.
                if (pieces < best[i] || (pieces == best[i] && content && !hasContent[i]))
                {
                    best[i] = pieces;
                    from[i] = (byte)j;
                    hasContent[i] = content;
                }
            }
        }
        if (best[n] == byte.MaxValue || best[n] < 2 || !hasContent[n])
        {
            return 0;
        }
        ulong packed = 0;
        for (var i = n; from[i] > 0; i = from[i])
        {
            packed = (packed << 8) | from[i];
        }
        return packed;
    }
}
