using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Language;

/// <summary>
/// Tells Dutch, French and English apart by function words (each weighs 2) and characteristic letter sequences
/// ("ij", "oe", "sch" / "eau", "qu", "ç" / "th", "wh", "ing"), which is enough for comment-sized text.
/// Short text with no evidence for another language but Dutch lexicon hits counts as Dutch.
/// </summary>
internal static class LanguageIdentifier
{
    private static readonly HashSet<ulong> Dutch = Hashes(
        "de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "ik", "je", "ze", "die", "maar",
        "ook", "als", "om", "dan", "naar", "nog", "wat", "door", "over", "wel", "zo", "toch", "nu", "hier", "daar", "geen", "er",
        "ge", "gij", "da's", "allez", "amai", "zijt", "wij", "hun", "moeten", "moet", "hebben", "heeft", "mijn", "uw", "hoe", "waarom",
        "allemaal", "weer", "deze", "dit", "wordt", "worden", "zou", "kan", "nie", "goed", "eens", "al", "bij", "uit", "tot", "of", "ne",
        "nen", "zij", "jullie", "mensen", "gewoon", "echt", "wie", "waar", "want", "omdat", "in", "ons", "onze", "aan", "te", "wat", "zijt", "gij");

    private static readonly HashSet<ulong> French = Hashes(
        "le", "la", "les", "un", "une", "des", "et", "est", "que", "qui", "pas", "ne", "du", "au", "aux", "pour", "avec", "sur", "dans",
        "ce", "cette", "sont", "il", "elle", "ils", "nous", "vous", "je", "mais", "ou", "tout", "tous", "tres", "plus", "bien", "fait",
        "c'est", "j'ai", "n'est", "qu'il", "leur", "leurs", "par", "comme", "aussi", "encore", "ces", "mon", "ton", "son", "meme", "ici");

    private static readonly HashSet<ulong> English = Hashes(
        "the", "a", "an", "and", "is", "are", "was", "were", "of", "to", "in", "on", "for", "with", "that", "this", "it", "not", "you",
        "they", "we", "he", "she", "be", "have", "has", "do", "does", "don't", "i", "my", "your", "their", "what", "why", "how", "all",
        "but", "or", "if", "at", "by", "from", "just", "so", "it's", "i'm", "can't", "should", "would", "there", "about", "people");

    // One lookup per word instead of three: bit 1 Dutch, 2 French, 4 English.
    private static readonly Dictionary<ulong, byte> FunctionWords = Merge();

    private static Dictionary<ulong, byte> Merge()
    {
        var map = new Dictionary<ulong, byte>();
        foreach (var (set, bit) in new[] { (Dutch, (byte)1), (French, (byte)2), (English, (byte)4) })
        {
            foreach (var h in set)
            {
                map[h] = (byte)(map.GetValueOrDefault(h) | bit);
            }
        }
        return map;
    }

    public static string Identify(NormalisedText text, TokenBuffer tokens)
    {
        double nl = 0, fr = 0, en = 0;
        var words = 0;
        var lexiconHits = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            ref var t = ref tokens[k];
            if (!t.IsWord)
            {
                continue;
            }
            words++;
            if (FunctionWords.TryGetValue(t.Hash, out var langs))
            {
                if ((langs & 1) != 0) nl += 2;
                if ((langs & 2) != 0) fr += 2;
                if ((langs & 4) != 0) en += 2;
            }
            if (t.Match != MatchKind.None && (t.Tags & LexTag.Stopword) == 0)
            {
                lexiconHits++;
            }
        }
        ScoreLetters(text.Span, ref nl, ref fr, ref en);
        // Dutch lexicon terms (slurs, group names, dialect) are evidence for Dutch too.
        nl += lexiconHits;
        if (words == 0)
        {
            return "other";
        }
        var best = Math.Max(nl, Math.Max(fr, en));
        if (best < 2)
        {
            return lexiconHits > 0 || nl > 0 ? "nl" : "other";
        }
        if (nl >= best)
        {
            return "nl";
        }
        // Another language must clearly lead; Dutch comments borrow English words ("fucking", "the best").
        if (fr >= best && fr >= 4 && fr > nl * 1.5)
        {
            return "fr";
        }
        if (en >= best && en >= 4 && en > nl * 1.5)
        {
            return "en";
        }
        return "nl";
    }

    private static void ScoreLetters(ReadOnlySpan<char> s, ref double nl, ref double fr, ref double en)
    {
        for (var i = 0; i + 1 < s.Length; i++)
        {
            var a = s[i];
            var b = s[i + 1];
            var c = i + 2 < s.Length ? s[i + 2] : ' ';
            switch (a)
            {
                case 'i' when b == 'j':
                case 'o' when b == 'e' && c != 'u':
                case 'u' when b == 'i' && c != 's' && c != 't':
                case 'a' when b == 'a':
                case 'e' when b == 'e':
                case 'o' when b == 'o':
                    nl += 0.5;
                    break;
                case 's' when b == 'c' && c == 'h':
                    nl += 0.5;
                    break;
                case 'q' when b == 'u':
                case 'e' when b == 'a' && c == 'u':
                case 'o' when b == 'u' && c != 'w' && c != 'd' && c != 't':
                    fr += 0.5;
                    break;
                case 't' when b == 'h':
                case 'w' when b == 'h':
                case 'i' when b == 'n' && c == 'g' && (i + 3 >= s.Length || !char.IsLetter(s[i + 3])):
                    en += 0.5;
                    break;
            }
        }
    }

    private static HashSet<ulong> Hashes(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words)
        {
            set.Add(SpanHash.Of(w));
        }
        return set;
    }
}
