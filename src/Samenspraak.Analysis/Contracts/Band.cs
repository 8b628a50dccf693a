namespace Samenspraak.Analysis;

/// <summary>Severity band of a calibrated score. Boundaries are documented in docs/model-card.md.</summary>
public enum Band
{
    Laag = 0,
    Verhoogd = 1,
    Hoog = 2,
    ZeerHoog = 3,
}

public static class Bands
{
    /// <summary>The Dutch band name used in the JSON contract ("laag", "verhoogd", "hoog", "zeer hoog").</summary>
    public static string Label(this Band band) => band switch
    {
        Band.Laag => "laag",
        Band.Verhoogd => "verhoogd",
        Band.Hoog => "hoog",
        Band.ZeerHoog => "zeer hoog",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };
}
