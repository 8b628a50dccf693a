using Samenspraak.Analysis;
using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Evaluate;

/// <summary>Columns of a labelled file: id, text, one 0/1 column per signal (by machine name), split and case.</summary>
internal static class LabelledColumns
{
    public const int Id = 0;
    public const int Text = 1;
    public const int FirstSignal = 2;
    public static readonly int Split = FirstSignal + Signals.Count;
    public static readonly int Case = Split + 1;

    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        new ColumnSpec("id"),
        new ColumnSpec("text", required: true),
        .. Signals.All.Select(s => new ColumnSpec(s.MachineName())),
        new ColumnSpec("split"),
        new ColumnSpec("case"),
    ];

    /// <summary>"1"/"0" (also "true"/"false", "ja"/"nee"); blank means unlabelled; anything else is invalid.</summary>
    public static bool TryParseLabel(string? value, out bool? label)
    {
        label = null;
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return true;
        }
        if (v is "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("ja", StringComparison.OrdinalIgnoreCase))
        {
            label = true;
            return true;
        }
        if (v is "0" || v.Equals("false", StringComparison.OrdinalIgnoreCase) || v.Equals("nee", StringComparison.OrdinalIgnoreCase))
        {
            label = false;
            return true;
        }
        return false;
    }
}
