using System.Text;

namespace Samenspraak.Cli.Input;

/// <summary>A column (CSV/TSV) or field (NDJSON) a command reads; names are matched case-insensitively.</summary>
internal sealed class ColumnSpec
{
    public ColumnSpec(string name, bool required = false, params string[] aliases)
    {
        Name = name;
        Required = required;
        Names = [name, .. aliases];
        Utf8Names = [.. Names.Select(Encoding.UTF8.GetBytes)];
    }

    public string Name { get; }
    public bool Required { get; }
    public IReadOnlyList<string> Names { get; }
    public IReadOnlyList<byte[]> Utf8Names { get; }

    public bool Matches(string header) => Names.Any(n => string.Equals(n, header.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool Matches(ReadOnlySpan<byte> utf8Header)
    {
        foreach (var name in Utf8Names)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(utf8Header, name))
            {
                return true;
            }
        }
        return false;
    }
}
