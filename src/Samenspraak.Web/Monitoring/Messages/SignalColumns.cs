using System.Linq.Expressions;
using System.Reflection;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Indicators;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The one place that says which column holds which signal. The analysis result is flattened into seven score
/// columns on <see cref="Message"/> and seven count columns on <see cref="SignalDailyCount"/>; every query, projection,
/// in-memory read and write goes through these selectors, so adding a signal means adding one row here (the unit
/// test <c>SignalColumnsTests</c> fails until every <see cref="Signal"/> has one).
/// </summary>
public static class SignalColumns
{
    private static readonly Dictionary<Signal, Expression<Func<Message, float>>> ScoreSelectors = new()
    {
        [Signal.Hate] = m => m.ScoreHate,
        [Signal.Toxicity] = m => m.ScoreToxicity,
        [Signal.Threat] = m => m.ScoreThreat,
        [Signal.Dehumanisation] = m => m.ScoreDehumanisation,
        [Signal.Polarisation] = m => m.ScorePolarisation,
        [Signal.Doxxing] = m => m.ScoreDoxxing,
        [Signal.Disinformation] = m => m.ScoreDisinformation,
    };

    private static readonly Dictionary<Signal, Expression<Func<SignalDailyCount, int>>> CountSelectors = new()
    {
        [Signal.Hate] = c => c.Hate,
        [Signal.Toxicity] = c => c.Toxicity,
        [Signal.Threat] = c => c.Threat,
        [Signal.Dehumanisation] = c => c.Dehumanisation,
        [Signal.Polarisation] = c => c.Polarisation,
        [Signal.Doxxing] = c => c.Doxxing,
        [Signal.Disinformation] = c => c.Disinformation,
    };

    // Compiled accessors behind the selectors, indexed by (int)signal: in-memory reads and writes without a switch
    // (the theme job calls them for every message it walks, so no reflection per call).
    private static readonly string[] ScoreNames = Signals.All.Select(s => PropertyOf(ScoreSelectors, s).Name).ToArray();
    private static readonly Func<Message, float>[] ScoreGetters = Signals.All.Select(s => ScoreSelectors[s].Compile()).ToArray();
    private static readonly Action<Message, float>[] ScoreSetters = Signals.All.Select(s => Setter(ScoreSelectors, s)).ToArray();
    private static readonly Func<SignalDailyCount, int>[] CountGetters = Signals.All.Select(s => CountSelectors[s].Compile()).ToArray();
    private static readonly Action<SignalDailyCount, int>[] CountSetters = Signals.All.Select(s => Setter(CountSelectors, s)).ToArray();

    /// <summary>The score column of <paramref name="signal"/> as a translatable selector (for EF queries).</summary>
    public static Expression<Func<Message, float>> Score(Signal signal) =>
        ScoreSelectors.TryGetValue(signal, out var selector) ? selector : throw new ArgumentOutOfRangeException(nameof(signal));

    /// <summary>The daily count column of <paramref name="signal"/> as a selector.</summary>
    public static Expression<Func<SignalDailyCount, int>> DailyCount(Signal signal) =>
        CountSelectors.TryGetValue(signal, out var selector) ? selector : throw new ArgumentOutOfRangeException(nameof(signal));

    /// <summary>The database column (the property name; EF keeps it) of a signal's score, for the raw-SQL writers.</summary>
    public static string ScoreColumnName(Signal signal) => ScoreNames[Index(signal)];

    public static float ReadScore(Message message, Signal signal) => ScoreGetters[Index(signal)](message);

    public static void WriteScore(Message message, Signal signal, float score) => ScoreSetters[Index(signal)](message, score);

    public static int ReadCount(SignalDailyCount count, Signal signal) => CountGetters[Index(signal)](count);

    public static void WriteCount(SignalDailyCount count, Signal signal, int value) => CountSetters[Index(signal)](count, value);

    /// <summary>A translatable predicate: the signal's score is at least <paramref name="threshold"/>.</summary>
    public static Expression<Func<Message, bool>> AtLeast(Signal signal, float threshold)
    {
        var selector = Score(signal);
        // The threshold goes in as a captured field, so EF sends it as a parameter instead of baking it into the SQL.
        var captured = new Threshold(threshold);
        var value = Expression.Field(Expression.Constant(captured), nameof(Threshold.Value));
        return Expression.Lambda<Func<Message, bool>>(Expression.GreaterThanOrEqual(selector.Body, value), selector.Parameters);
    }

    /// <summary>
    /// Turns a projection that takes the message and its seven scores (indexed by <c>(int)signal</c>) into a
    /// translatable projection of the message alone: the scores become an array of the score columns, which EF reads
    /// as ordinary columns. Keeps the list of columns out of every query that needs all scores.
    /// </summary>
    public static Expression<Func<Message, T>> WithScores<T>(Expression<Func<Message, float[], T>> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var message = projection.Parameters[0];
        var columns = Signals.All.OrderBy(s => (int)s)
            .Select(s => new ParameterSwap(ScoreSelectors[s].Parameters[0], message).Visit(ScoreSelectors[s].Body));
        var scores = Expression.NewArrayInit(typeof(float), columns);
        var body = new ParameterSwap(projection.Parameters[1], scores).Visit(projection.Body);
        return Expression.Lambda<Func<Message, T>>(body, message);
    }

    private static int Index(Signal signal) =>
        (int)signal is >= 0 and < Signals.Count ? (int)signal : throw new ArgumentOutOfRangeException(nameof(signal));

    private static PropertyInfo PropertyOf<TEntity, TValue>(Dictionary<Signal, Expression<Func<TEntity, TValue>>> selectors, Signal signal) =>
        selectors.TryGetValue(signal, out var selector) && selector.Body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new InvalidOperationException($"Signal {signal} has no column selector.");

    private static Action<TEntity, TValue> Setter<TEntity, TValue>(Dictionary<Signal, Expression<Func<TEntity, TValue>>> selectors, Signal signal)
    {
        var property = PropertyOf(selectors, signal);
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        var value = Expression.Parameter(typeof(TValue), "value");
        return Expression.Lambda<Action<TEntity, TValue>>(Expression.Assign(Expression.Property(entity, property), value), entity, value).Compile();
    }

    private sealed class Threshold(float value)
    {
        public readonly float Value = value;
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
