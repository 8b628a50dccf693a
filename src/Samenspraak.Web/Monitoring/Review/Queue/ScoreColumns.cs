using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>How applied calibrated thresholds change the flags a row shows (the score columns: <see cref="SignalColumns"/>).</summary>
public static class ScoreColumns
{
    /// <summary>
    /// The signals shown as flagged: the engine's flags, except for signals with an applied calibrated threshold,
    /// which are flagged when their score reaches that threshold.
    /// </summary>
    public static SignalFlags Effective(SignalFlags engineFlags, Func<Signal, float> score, IReadOnlyDictionary<Signal, float> applied)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(applied);
        var flags = engineFlags;
        foreach (var (signal, threshold) in applied)
        {
            flags = score(signal) >= threshold ? flags | MessageFlags.Of(signal) : flags & ~MessageFlags.Of(signal);
        }

        return flags;
    }
}
