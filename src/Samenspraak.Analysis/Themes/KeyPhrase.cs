namespace Samenspraak.Analysis.Themes;

/// <summary>What a key phrase is; it decides its weight when messages are grouped into themes.</summary>
public enum KeyKind
{
    Term = 0,
    Bigram = 1,
    Hashtag = 2,
    Mention = 3,
    Place = 4,
    TargetGroup = 5,
}

/// <summary>
/// One key of a message, folded to lower case without accents: "zwembad", "nieuw zwembad", "#klimaat",
/// "@burgemeester", "plaats:gentbrugge", "doelgroep:religion".
/// </summary>
public readonly record struct KeyPhrase(string Key, KeyKind Kind)
{
    public const string PlacePrefix = "plaats:";
    public const string TargetPrefix = "doelgroep:";

    /// <summary>Relative weight of a key kind when themes are matched: hashtags and bigrams say more than one word.</summary>
    public static double WeightOf(KeyKind kind) => kind switch
    {
        KeyKind.Hashtag => 3.0,
        KeyKind.Bigram => 2.0,
        KeyKind.Place => 1.5,
        KeyKind.Mention => 1.5,
        KeyKind.Term => 1.0,
        KeyKind.TargetGroup => 0.5,
        _ => 1.0,
    };

    /// <summary>Kind of a stored key string (the inverse of how the extractor writes keys).</summary>
    public static KeyKind KindOf(string key) =>
        key.StartsWith('#') ? KeyKind.Hashtag
        : key.StartsWith('@') ? KeyKind.Mention
        : key.StartsWith(PlacePrefix, StringComparison.Ordinal) ? KeyKind.Place
        : key.StartsWith(TargetPrefix, StringComparison.Ordinal) ? KeyKind.TargetGroup
        : key.Contains(' ', StringComparison.Ordinal) ? KeyKind.Bigram
        : KeyKind.Term;
}
