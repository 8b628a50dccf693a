namespace Samenspraak.Analysis.Lexicons;

/// <summary>
/// Parses the lexicon text format: "[Tag+Tag target]" section headers followed by comma- or newline-separated
/// terms; '#' starts a comment line. The same format serves the hand-written core lexicon and the lexicon
/// artifact that training distils from the external lexicons.
/// </summary>
internal static class LexiconSource
{
    public static IEnumerable<(string Term, LexTag Tags, sbyte Target)> Parse(TextReader reader)
    {
        var tags = LexTag.None;
        sbyte target = -1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[' && line[^1] == ']')
            {
                (tags, target) = ParseHeader(line[1..^1]);
                continue;
            }
            foreach (var raw in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (raw, tags, target);
            }
        }
    }

    private static (LexTag Tags, sbyte Target) ParseHeader(string header)
    {
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tags = LexTag.None;
        foreach (var name in parts[0].Split('+'))
        {
            tags |= Enum.Parse<LexTag>(name, ignoreCase: false);
        }
        sbyte target = -1;
        if (parts.Length > 1)
        {
            target = TargetGroups.TryParse(parts[1], out var g) ? (sbyte)g : throw new FormatException($"Unknown target '{parts[1]}'.");
        }
        return (tags, target);
    }
}
