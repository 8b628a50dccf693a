using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;

namespace Samenspraak.Analysis.Text;

/// <summary>
/// Splits normalised text into words and the punctuation the rules need (sentence ends, commas, quotes), then tags
/// every word with the lexicon: exact, letter-run variants, compounds without spaces ("moslimsmoeten",
/// "ikhaatmoslims"), words split by one space ("mos lims"), fuzzy matches, and multi-word phrases.
/// </summary>
internal static class Tokenizer
{
    private const LexTag CompoundContent = LexTag.Group | LexTag.Slur | LexTag.Dehum | LexTag.NegEmote | LexTag.ThreatVerb
        | LexTag.Insult | LexTag.NegAttr;

    public static bool IsWordChar(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }
        var prevLetter = i > 0 && char.IsLetter(s[i - 1]);
        var nextLetter = i + 1 < s.Length && char.IsLetter(s[i + 1]);
        if (c == '\'' && nextLetter)
        {
            // homo's, da's, 't, 'k: keep the apostrophe inside the word.
            return prevLetter || i + 2 >= s.Length || !char.IsLetter(s[i + 2]);
        }
        return (c == '-' || c == '&' || c == '+') && prevLetter && (nextLetter || c == '+');
    }

    public static void Tokenize(NormalisedText text, Lexicon lexicon, TokenBuffer tokens)
    {
        tokens.Clear();
        var s = text.Span;
        var i = 0;
        var sentence = 0;
        var quoted = false;
        while (i < s.Length)
        {
            if (IsWordChar(s, i))
            {
                var start = i;
                while (i < s.Length && IsWordChar(s, i))
                {
                    i++;
                }
                AddWord(text, lexicon, tokens, start, i - start, sentence, quoted, 0);
                continue;
            }
            var c = s[i];
            if (c == '\'')
            {
                // An apostrophe that is not part of a word ('vuile Turken') quotes like a double quote.
                c = '"';
            }
            if (c is '.' or '!' or '?' or ';' or ',' or ':' or '"' or '\n' or '(' or ')')
            {
                ref var t = ref tokens.Add();
                t.Start = i;
                t.Length = 1;
                t.Punct = c;
                t.Sentence = sentence;
                if (c == '"')
                {
                    quoted = !quoted;
                }
                t.Quoted = quoted;
                if (c is '.' or '!' or '?' or ';' or '\n')
                {
                    sentence++;
                }
            }
            i++;
        }
        tokens.SentenceCount = sentence + 1;
        JoinSplitWords(text, lexicon, tokens);
        MatchPhrases(lexicon, tokens);
    }

    private static void AddWord(NormalisedText text, Lexicon lexicon, TokenBuffer tokens, int start, int length, int sentence, bool quoted, int depth)
    {
        var word = text.Chars.AsSpan(start, length);
        var hash = SpanHash.Of(word);
        var match = MatchKind.None;
        if (!lexicon.TryGet(hash, out var entry))
        {
            if (HasCollapsedRun(text, start, length) && TryShortenedRuns(text, lexicon, start, length, out entry))
            {
                match = MatchKind.Exact;
            }
            else if (length >= 5 && depth == 0)
            {
                // Compound splitting and fuzzy matching cost a few hash lookups per letter; their outcome for a
                // word never changes, so it is remembered per thread (comment vocabularies repeat heavily).
                var known = UnknownWordCache.For(lexicon).TryGet(hash, out var cached);
                if (!known)
                {
                    cached = Resolve(lexicon, word, hash);
                    UnknownWordCache.For(lexicon).Add(hash, cached);
                }
                if (cached.Segments != 0)
                {
                    AddSegments(text, lexicon, tokens, start, length, sentence, quoted, cached.Segments);
                    return;
                }
                if (cached.Cut1 > 0)
                {
                    AddSplit(text, lexicon, tokens, start, length, sentence, quoted, cached);
                    return;
                }
                if (cached.Fuzzy)
                {
                    entry = cached.Entry;
                    match = MatchKind.Fuzzy;
                }
            }
        }
        else
        {
            match = MatchKind.Exact;
        }
        ref var t = ref tokens.Add();
        t.Start = start;
        t.Length = length;
        t.Hash = hash;
        t.Sentence = sentence;
        t.Quoted = quoted;
        t.Match = match;
        if (match != MatchKind.None)
        {
            t.Tags = entry.Tags;
            t.Target = entry.Target;
        }
    }

    private static UnknownWord Resolve(Lexicon lexicon, ReadOnlySpan<char> word, ulong hash)
    {
        if (word.Length >= 6 && TrySplitCompound(lexicon, word, out var cut1, out var cut2))
        {
            return new UnknownWord(false, default, (byte)cut1, (byte)cut2);
        }
        if (!CommonWords.Contains(hash) && lexicon.TryFuzzy(word, out var entry))
        {
            return new UnknownWord(true, entry, 0, 0);
        }
        var segments = WordBreak.Segment(lexicon, word, CompoundContent);
        return segments != 0 ? new UnknownWord(false, default, 0, 0, segments) : default;
    }

    private static void AddSegments(NormalisedText text, Lexicon lexicon, TokenBuffer tokens, int start, int length, int sentence, bool quoted, ulong segments)
    {
        Span<int> starts = stackalloc int[WordBreak.MaxPieces];
        var count = 0;
        starts[count++] = 0;
        for (var s = segments; s != 0; s >>= 8)
        {
            count++;
        }
        // The packed offsets are in reading order from the least significant byte.
        var i = 1;
        for (var s = segments; s != 0; s >>= 8)
        {
            starts[i++] = (int)(s & 0xFF);
        }
        for (var p = 0; p < count; p++)
        {
            var end = p + 1 < count ? starts[p + 1] : length;
            AddWord(text, lexicon, tokens, start + starts[p], end - starts[p], sentence, quoted, 1);
        }
        MarkCompound(tokens, count);
    }

    private static void AddSplit(NormalisedText text, Lexicon lexicon, TokenBuffer tokens, int start, int length, int sentence, bool quoted, UnknownWord split)
    {
        var cuts = split.Cut2 > 0 ? 3 : 2;
        var first = split.Cut2 > 0 ? split.Cut2 : split.Cut1;
        if (split.Cut2 > 0)
        {
            AddWord(text, lexicon, tokens, start, split.Cut2, sentence, quoted, 1);
            AddWord(text, lexicon, tokens, start + split.Cut2, split.Cut1 - split.Cut2, sentence, quoted, 1);
        }
        else
        {
            AddWord(text, lexicon, tokens, start, first, sentence, quoted, 1);
        }
        AddWord(text, lexicon, tokens, start + split.Cut1, length - split.Cut1, sentence, quoted, 1);
        MarkCompound(tokens, cuts);
    }

    private static bool HasCollapsedRun(NormalisedText text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text.Collapsed[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"kuuuuut" was shortened to "kuut"; also try one letter for each shortened run ("kut").</summary>
    private static bool TryShortenedRuns(NormalisedText text, Lexicon lexicon, int start, int length, out LexEntry entry)
    {
        var h = SpanHash.Offset;
        for (var i = start; i < start + length; i++)
        {
            if (text.Collapsed[i])
            {
                continue;
            }
            h = SpanHash.Add(h, text.Chars[i]);
        }
        return lexicon.TryGet(h, out entry);
    }

    /// <summary>
    /// Splits a word written without spaces when one part is a content term and the other a known word. Cut1 is the
    /// start of the last part; Cut2, when not 0, splits the first part again ("ik|haat|moslims").
    /// </summary>
    private static bool TrySplitCompound(Lexicon lexicon, ReadOnlySpan<char> word, out int cut1, out int cut2)
    {
        cut2 = 0;
        for (cut1 = word.Length - 3; cut1 >= 2; cut1--)
        {
            if (!lexicon.TryGet(SpanHash.Of(word[cut1..]), out var rightEntry))
            {
                continue;
            }
            var left = word[..cut1];
            var leftKnown = lexicon.TryGet(SpanHash.Of(left), out var leftEntry);
            if (leftKnown && ((leftEntry.Tags | rightEntry.Tags) & CompoundContent) != 0)
            {
                return true;
            }
            if (!leftKnown && cut1 >= 4 && (rightEntry.Tags & CompoundContent) != 0 && TrySplitTwo(lexicon, left, out cut2))
            {
                return true;
            }
        }
        cut1 = 0;
        return false;
    }

    private static bool TrySplitTwo(Lexicon lexicon, ReadOnlySpan<char> word, out int cut)
    {
        for (cut = word.Length - 2; cut >= 1; cut--)
        {
            if (lexicon.TryGet(SpanHash.Of(word[..cut]), out _) && lexicon.TryGet(SpanHash.Of(word[cut..]), out _))
            {
                return true;
            }
        }
        return false;
    }

    private static void MarkCompound(TokenBuffer tokens, int count)
    {
        for (var k = tokens.Count - count; k < tokens.Count; k++)
        {
            tokens[k].Match = MatchKind.Compound;
        }
    }

    /// <summary>"mos lims" or "ver moorden": two unknown neighbours that form a content term are joined.</summary>
    private static void JoinSplitWords(NormalisedText text, Lexicon lexicon, TokenBuffer tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            ref var a = ref tokens[k];
            ref var b = ref tokens[k + 1];
            if (!a.IsWord || !b.IsWord || (a.Match != MatchKind.None && b.Match != MatchKind.None) || b.Start != a.Start + a.Length + 1
                || a.Length + b.Length < 5)
            {
                continue;
            }
            var h = SpanHash.Offset;
            for (var i = a.Start; i < b.Start + b.Length; i++)
            {
                if (text.Chars[i] != ' ')
                {
                    h = SpanHash.Add(h, text.Chars[i]);
                }
            }
            if (lexicon.TryGet(h, out var entry) && (entry.Tags & CompoundContent) != 0 && (entry.Tags & LexTag.Stopword) == 0)
            {
                a.Length = b.Start + b.Length - a.Start;
                a.Hash = h;
                a.Tags = entry.Tags;
                a.Target = entry.Target;
                a.Match = MatchKind.Joined;
                tokens.RemoveAt(k + 1);
            }
        }
    }

    private static void MatchPhrases(Lexicon lexicon, TokenBuffer tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord || !lexicon.TryGetPhrases(t.Hash, out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (!Matches(tokens, k, phrase))
                {
                    continue;
                }
                t.PhraseLength = (byte)phrase.Words.Length;
                t.PhraseTags |= phrase.Tags;
                if (phrase.Target >= 0)
                {
                    t.PhraseTarget = phrase.Target;
                }
                for (var j = 1; j < phrase.Words.Length; j++)
                {
                    tokens[k + j].InPhrase = true;
                    // A negation inside a fixed expression ("niet welkom", "kan niet uitstaan") is part of its meaning.
                    if ((phrase.Tags & LexTag.Negation) == 0)
                    {
                        tokens[k + j].Tags &= ~LexTag.Negation;
                    }
                }
                if ((phrase.Tags & LexTag.Negation) == 0)
                {
                    t.Tags &= ~LexTag.Negation;
                }
                break;
            }
        }
    }

    private static bool Matches(TokenBuffer tokens, int k, LexPhrase phrase)
    {
        if (k + phrase.Words.Length > tokens.Count)
        {
            return false;
        }
        for (var j = 1; j < phrase.Words.Length; j++)
        {
            if (!tokens[k + j].IsWord || tokens[k + j].Hash != phrase.Words[j])
            {
                return false;
            }
        }
        return true;
    }
}
