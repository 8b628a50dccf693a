using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Text;

/// <summary>How a word token was recognised by the lexicon.</summary>
internal enum MatchKind : byte
{
    None = 0,
    Exact = 1,
    Fuzzy = 2,
    Compound = 3,
    Joined = 4,
}

/// <summary>
/// A word or punctuation mark of the normalised text. Positions index the normalised buffer; they map back to the
/// original through <see cref="Normalisation.NormalisedText"/>. A struct in a reused array: no per-token allocation.
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public ulong Hash;
    public LexTag Tags;
    public sbyte Target;
    public MatchKind Match;

    /// <summary>Punctuation character, or '\0' for a word.</summary>
    public char Punct;

    /// <summary>Number of tokens of a phrase that starts here (0 when none).</summary>
    public byte PhraseLength;

    /// <summary>Tags of the phrase that starts here.</summary>
    public LexTag PhraseTags;

    public sbyte PhraseTarget;

    /// <summary>True for tokens inside a phrase (after its first token).</summary>
    public bool InPhrase;

    public bool Quoted;

    /// <summary>A slur the speaker uses for themselves or their own group (see <see cref="Rules.SlurSense"/>).</summary>
    public bool Reclaimed;

    public int Sentence;

    public readonly bool IsWord => Punct == '\0';

    /// <summary>Tags of the word itself plus those of a phrase starting on it.</summary>
    public readonly LexTag AllTags => Tags | PhraseTags;

    public readonly bool Has(LexTag tag) => ((Tags | PhraseTags) & tag) != 0;
}

/// <summary>Reused token array of one message.</summary>
internal sealed class TokenBuffer
{
    public Token[] Items = new Token[64];
    public int Count;

    public int SentenceCount;

    public ref Token this[int i] => ref Items[i];

    public void Clear()
    {
        Count = 0;
        SentenceCount = 0;
    }

    public ref Token Add()
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
        }
        Items[Count] = default;
        Items[Count].Target = -1;
        Items[Count].PhraseTarget = -1;
        return ref Items[Count++];
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Count--;
    }
}
