namespace Samenspraak.Analysis.Normalisation;

/// <summary>
/// Emoji that posters use as stand-ins for words, mostly as dehumanising labels (a monkey or a rat next to a group
/// name). The normaliser replaces them by the Dutch word so the lexicon and the models see the cue.
/// </summary>
internal static class EmojiCues
{
    public static string? WordFor(int codePoint) => codePoint switch
    {
        0x1F412 or 0x1F435 or 0x1F98D or 0x1F9A7 or 0x1F648 or 0x1F649 or 0x1F64A => "apen",
        0x1F400 or 0x1F401 or 0x1F42D => "ratten",
        0x1F437 or 0x1F416 or 0x1F43D => "varkens",
        0x1FAB3 => "kakkerlakken",
        0x1F41B or 0x1F41C or 0x1F997 or 0x1F99F => "ongedierte",
        0x1F9A0 => "virus",
        0x1F4A9 => "stront",
        0x1F5D1 => "afval",
        0x1F415 or 0x1F436 => "honden",
        0x1F92E or 0x1F922 => "walgelijk",
        0x1F52A or 0x1F5E1 => "mes",
        0x1F52B => "schieten",
        0x1F4A3 => "bom",
        0x1F480 or 0x2620 => "dood",
        0x1F595 => "fuck",
        _ => null,
    };
}
