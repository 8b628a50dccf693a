namespace Samenspraak.Analysis;

/// <summary>The seven signals of DESIGN.md. The order is stable: it indexes <see cref="AnalysisResult.Signals"/>.</summary>
public enum Signal
{
    Hate = 0,
    Toxicity = 1,
    Threat = 2,
    Dehumanisation = 3,
    Polarisation = 4,
    Doxxing = 5,
    Disinformation = 6,
}

/// <summary>Names of signals: the machine names of the JSON contract and the Dutch UI labels.</summary>
public static class Signals
{
    public const int Count = 7;

    public static IReadOnlyList<Signal> All { get; } =
        [Signal.Hate, Signal.Toxicity, Signal.Threat, Signal.Dehumanisation, Signal.Polarisation, Signal.Doxxing, Signal.Disinformation];

    /// <summary>Machine name used in JSON, labelled files and APIs ("hate", "toxicity", ...).</summary>
    public static string MachineName(this Signal signal) => signal switch
    {
        Signal.Hate => "hate",
        Signal.Toxicity => "toxicity",
        Signal.Threat => "threat",
        Signal.Dehumanisation => "dehumanisation",
        Signal.Polarisation => "polarisation",
        Signal.Doxxing => "doxxing",
        Signal.Disinformation => "disinformation",
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };

    /// <summary>Dutch label as shown in the product (DESIGN.md).</summary>
    public static string DutchLabel(this Signal signal) => signal switch
    {
        Signal.Hate => "haatspraak",
        Signal.Toxicity => "toxiciteit",
        Signal.Threat => "bedreiging",
        Signal.Dehumanisation => "ontmenselijking",
        Signal.Polarisation => "wij-zij-denken",
        Signal.Doxxing => "exposing",
        Signal.Disinformation => "desinformatie",
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };

    public static bool TryParse(string? name, out Signal signal)
    {
        foreach (var s in All)
        {
            if (string.Equals(s.MachineName(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                signal = s;
                return true;
            }
        }
        signal = default;
        return false;
    }
}
