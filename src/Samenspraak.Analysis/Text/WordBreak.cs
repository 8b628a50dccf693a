using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Text;

/// <summary>
/// Segments a run of words written without spaces ("moslimsmoetenallemaalweg", "diezijnallemaalvuil") by dynamic
/// programming: the cheapest segmentation into lexicon words of at least two letters, where a stretch of three or more
/// unknown letters may stand between known words at a higher cost, and at least one piece carries content (a group,
/// slur or derogatory term); otherwise the word is left alone. The two-piece and
/// three-piece splits of <see cref="Tokenizer"/> run first; this handles longer runs, up to eight pieces.
/// </summary>
internal static class WordBreak
{
    public const int MaxPieces = 8;
    private const int MaxLength = 64;
    private const int MinPiece = 2;

    /// <summary>
    /// A segmentation with an unknown stretch is trusted only when it names a group or slur of five letters or more
    /// and has at least three pieces with at most a third of the letters unknown: otherwise ordinary words that start
    /// with a short content word ("gek|wetste", "dom|eintje") would be split.
    /// </summary>
    private static bool Plausible(Lexicon lexicon, ReadOnlySpan<char> word, ReadOnlySpan<byte> from)
    {
        var unknown = 0;
        var pieces = 0;
        var group = false;
        for (var i = word.Length; i > 0; i = from[i])
        {
            pieces++;
            var piece = word[from[i]..i];
            if (!lexicon.TryGet(SpanHash.Of(piece), out var entry))
            {
                unknown += piece.Length;
            }
            else
            {
                group |= piece.Length >= 5 && (entry.Tags & (LexTag.Group | LexTag.Slur)) != 0;
            }
        }
        return unknown == 0 || (group && pieces >= 3 && unknown * 3 <= word.Length);
    }

    private static bool IsKnown(Lexicon lexicon, ReadOnlySpan<char> word, int start, int end) => lexicon.TryGet(SpanHash.Of(word[start..end]), out _);

    /// <summary>Packs the start offsets of pieces 2..n into a ulong (one byte each, piece 2 in the lowest byte), or 0
    /// when there is no segmentation.</summary>
    public static ulong Segment(Lexicon lexicon, ReadOnlySpan<char> word, LexTag contentTags)
    {
        var n = word.Length;
        if (n < 8 || n > MaxLength)
        {
            return 0;
        }
        // cost[i]: cheapest segmentation of word[..i]; a known word costs 2, an unknown stretch of three letters or
        // more costs 3 plus its length (so "moslims|moeten|weg" works when "weg" is no lexicon word, and known words
        // are preferred over long unknown stretches).
        // from[i]: start of the last piece; pieces[i]: their number; hasContent[i]: a content piece is used.
        Span<int> cost = stackalloc int[n + 1];
        Span<byte> from = stackalloc byte[n + 1];
        Span<byte> pieces = stackalloc byte[n + 1];
        Span<bool> hasContent = stackalloc bool[n + 1];
        cost.Fill(int.MaxValue);
        cost[0] = 0;
        for (var i = MinPiece; i <= n; i++)
        {
            for (var j = 0; j <= i - MinPiece; j++)
            {
                if (cost[j] == int.MaxValue || pieces[j] + 1 > MaxPieces)
                {
                    continue;
                }
                var known = lexicon.TryGet(SpanHash.Of(word[j..i]), out var entry);
                if (!known && (i - j < 3 || (j > 0 && !IsKnown(lexicon, word, from[j], j))))
                {
                    // Two unknown stretches side by side would be one stretch; a piece under three letters must be known.
                    continue;
                }
                var c = cost[j] + (known ? 2 : 3 + i - j);
                var content = hasContent[j] || known && (entry.Tags & contentTags) != 0 && (entry.Tags & LexTag.Stopword) == 0;
                if (c < cost[i] || (c == cost[i] && content && !hasContent[i]))
                {
                    cost[i] = c;
                    from[i] = (byte)j;
                    pieces[i] = (byte)(pieces[j] + 1);
                    hasContent[i] = content;
                }
            }
        }
        if (cost[n] == int.MaxValue || pieces[n] < 2 || !hasContent[n] || !Plausible(lexicon, word, from))
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
