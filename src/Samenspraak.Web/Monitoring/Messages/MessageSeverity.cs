namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The severity sort key of a message: its highest score as a whole percentage (0–100), the number the Signalen
/// queue shows. Sorting on it, then newest first, orders the queue as a reader sees it. It is indexed instead of the
/// score itself because a bulk insert puts each new row at the end of its percentage (ids only grow): 101 places in
/// the index. Keyed on the raw score, a batch of 5,000 new messages wrote into thousands of scattered index pages,
/// which made that index the most expensive part of storing a message (docs/benchmarks.md, stop 8).
/// </summary>
public static class MessageSeverity
{
    public const int Max = 100;

    /// <summary>
    /// The percentage, rounded like the queue's "P0" display (from the float's exact value, a half to the even number:
    /// 12.5 % shows as 12 %, 87.5 % as 88 %; 0.005f lies just below 0.005 and shows as 0 %), clamped to 0–100.
    /// </summary>
    public static int Of(float maxScore) =>
        float.IsFinite(maxScore)
            ? (int)Math.Clamp(Math.Round((double)maxScore * 100d, MidpointRounding.ToEven), 0d, Max)
            : 0;
}
