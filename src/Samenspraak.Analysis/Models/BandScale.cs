namespace Samenspraak.Analysis.Models;

/// <summary>
/// Bands relative to a signal's threshold t: laag below t/2, verhoogd up to t, hoog from t up to halfway to 1,
/// zeer hoog above that. A flagged signal is therefore always at least "hoog".
/// </summary>
internal static class BandScale
{
    public static Band For(double score, double threshold)
    {
        if (score >= threshold + (1 - threshold) / 2) return Band.ZeerHoog;
        if (score >= threshold) return Band.Hoog;
        if (score >= threshold / 2) return Band.Verhoogd;
        return Band.Laag;
    }
}
