using System.Reflection;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Lexicons;

/// <summary>
/// Term lookup keyed by span hashes: single words, multi-word phrases, and an edit-distance-1 index (symmetric
/// deletions) for content terms so swapped, dropped or added letters still match ("moslmis", "vermoorde").
/// </summary>
internal sealed class Lexicon
{
    // Tags worth a fuzzy match: rare content words whose misspelling is an obfuscation signal.
    private const LexTag FuzzyTags = LexTag.Group | LexTag.Slur | LexTag.Dehum | LexTag.NegAttr | LexTag.NegEmote
        | LexTag.ThreatVerb | LexTag.Insult | LexTag.Conspiracy;

    private readonly Dictionary<ulong, LexEntry> _words = new();
    private readonly Dictionary<ulong, LexPhrase[]> _phrases = new();
    private readonly Dictionary<ulong, ulong> _deletions = new(); // deletion-variant hash -> term hash

    public int WordCount => _words.Count;

    public int PhraseCount { get; private set; }

    public static Lexicon Load(params TextReader[] sources)
    {
        var lexicon = new Lexicon();
        foreach (var source in sources)
        {
            foreach (var (term, tags, target) in LexiconSource.Parse(source))
            {
                lexicon.Add(term, tags, target);
            }
        }
        lexicon.BuildFuzzyIndex();
        return lexicon;
    }

    public static TextReader OpenCore()
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Samenspraak.Analysis.Lexicons.core-lexicon.txt")
            ?? throw new InvalidOperationException("Embedded core lexicon is missing.");
        return new StreamReader(stream);
    }

    public void Add(string term, LexTag tags, sbyte target)
    {
        AddTerm(term, tags, target);
        // Diminutives of singular group names and slurs ("zigeunertjes", "smousjes", "negerke") are common in abuse.
        if ((tags & (LexTag.Group | LexTag.Slur)) != 0 && term.Length >= 4 && !term.Contains(' ', StringComparison.Ordinal)
            && !term.EndsWith("en", StringComparison.Ordinal) && !term.EndsWith('s') && !term.EndsWith('\''))
        {
            foreach (var suffix in Diminutives)
            {
                AddTerm(term + suffix, tags, target);
            }
        }
    }

    private static readonly string[] Diminutives = ["tje", "tjes", "je", "jes", "ke", "kes", "ske", "skes"];

    private void AddTerm(string term, LexTag tags, sbyte target)
    {
        var words = SplitWords(term);
        if (words.Count == 0)
        {
            return;
        }
        if (words.Count == 1)
        {
            var h = SpanHash.Of(words[0]);
            if (!_words.TryGetValue(h, out var existing))
            {
                _singleWords.Add(words[0]);
                _words[h] = new LexEntry(tags, target, words[0].Length);
            }
            else
            {
                // Keep the first target: the core lexicon is loaded first and is the authority on groups.
                _words[h] = new LexEntry(existing.Tags | tags, existing.Target >= 0 ? existing.Target : target, words[0].Length);
            }
            return;
        }
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = SpanHash.Of(words[i]);
        }
        var phrase = new LexPhrase(hashes, tags, target);
        _phrases.TryGetValue(hashes[0], out var list);
        // Longest phrases first so matching is greedy.
        _phrases[hashes[0]] = [.. (list ?? []).Append(phrase).OrderByDescending(p => p.Words.Length)];
        PhraseCount++;
    }

    public bool TryGet(ulong hash, out LexEntry entry) => _words.TryGetValue(hash, out entry);

    public bool TryGetPhrases(ulong firstWord, out LexPhrase[] phrases) => _phrases.TryGetValue(firstWord, out phrases!);

    /// <summary>Finds a content term within edit distance 1 of <paramref name="word"/>; the first letter must agree.</summary>
    public bool TryFuzzy(ReadOnlySpan<char> word, out LexEntry entry)
    {
        entry = default;
        // Five-letter words are too often ordinary words one edit away from a term ("horen"/"hoeren").
        if (word.Length < 6 || word.Length > 24)
        {
            return false;
        }
        // Token is a term with one letter dropped.
        if (TryDeletion(SpanHash.Of(word), out entry))
        {
            return true;
        }
        for (var skip = 1; skip < word.Length; skip++)
        {
            var h = SpanHash.WithoutChar(word, skip);
            // Token is a term with one letter added.
            if (_words.TryGetValue(h, out entry) && (entry.Tags & FuzzyTags) != 0 && (entry.Tags & LexTag.Stopword) == 0 && entry.Length >= 6)
            {
                return true;
            }
            // One letter replaced or two neighbours swapped: only for longer words, because six-letter Dutch words
            // one substitution apart are too often both real ("wijken"/"wijven", "dieren"/"dieven").
            if (word.Length >= 7 && TryDeletion(h, out entry))
            {
                return true;
            }
        }
        return false;
    }

    private bool TryDeletion(ulong variant, out LexEntry entry)
    {
        entry = default;
        return _deletions.TryGetValue(variant, out var termHash) && _words.TryGetValue(termHash, out entry);
    }

    private void BuildFuzzyIndex()
    {
        // Deletions never remove the first letter, so a fuzzy match always agrees on it ("trouwen" is not "vrouwen").
        foreach (var term in _singleWords)
        {
            var termHash = SpanHash.Of(term);
            var entry = _words[termHash];
            if ((entry.Tags & FuzzyTags) == 0 || (entry.Tags & LexTag.Stopword) != 0 || term.Length < 6)
            {
                continue;
            }
            for (var skip = 1; skip < term.Length; skip++)
            {
                var variant = SpanHash.WithoutChar(term, skip);
                // A variant that is itself a known word ("besten" from "beesten") must keep its own meaning.
                if (!_words.ContainsKey(variant) && !CommonWords.Contains(variant))
                {
                    _deletions.TryAdd(variant, termHash);
                }
            }
        }
        _singleWords.Clear();
    }

    private readonly List<string> _singleWords = [];

    private static List<string> SplitWords(string term)
    {
        var folded = new NormalisedText();
        Normaliser.Normalise(term, folded);
        var words = new List<string>();
        var span = folded.Span;
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isWord = i < span.Length && Tokenizer.IsWordChar(span, i);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(new string(span[start..i]));
                start = -1;
            }
        }
        return words;
    }
}
