using System.Linq.Expressions;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>Translatable predicates on a signal's score column (the scores are flattened into seven columns).</summary>
public static class ScoreColumns
{
    public static Expression<Func<Message, bool>> AtLeast(Signal signal, float threshold) => signal switch
    {
        Signal.Hate => m => m.ScoreHate >= threshold,
        Signal.Toxicity => m => m.ScoreToxicity >= threshold,
        Signal.Threat => m => m.ScoreThreat >= threshold,
        Signal.Dehumanisation => m => m.ScoreDehumanisation >= threshold,
        Signal.Polarisation => m => m.ScorePolarisation >= threshold,
        Signal.Doxxing => m => m.ScoreDoxxing >= threshold,
        Signal.Disinformation => m => m.ScoreDisinformation >= threshold,
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };

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
