namespace Samenspraak.Analysis.Lexicons;

/// <summary>Tags and target group of one lexicon term. <see cref="Target"/> is -1 when the term names no group.</summary>
internal readonly record struct LexEntry(LexTag Tags, sbyte Target, int Length);

/// <summary>A multi-word term: the hashes of its words in order.</summary>
internal sealed record LexPhrase(ulong[] Words, LexTag Tags, sbyte Target);
