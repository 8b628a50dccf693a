using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Indicators;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Tests.Monitoring.Messages;

/// <summary>
/// The per-signal column map: every value of <see cref="Signal"/> (taken from the enum itself, so a new signal
/// without a column fails here) has its own score column on Message and its own count column on SignalDailyCount.
/// </summary>
public sealed class SignalColumnsTests
{
    public static TheoryData<Signal> EverySignal() => [.. Enum.GetValues<Signal>()];

    [Theory]
    [MemberData(nameof(EverySignal))]
    public void EachSignalWritesAndReadsOnlyItsOwnScoreColumn(Signal signal)
    {
        var message = new Message();

        SignalColumns.WriteScore(message, signal, 0.75f);

        Assert.Equal(0.75f, message.Score(signal));
        Assert.Equal(0.75f, SignalColumns.Score(signal).Compile()(message));
        foreach (var other in Enum.GetValues<Signal>().Where(o => o != signal))
        {
            Assert.Equal(0f, message.Score(other));
        }
    }

    [Theory]
    [MemberData(nameof(EverySignal))]
    public void EachSignalCountsOnlyInItsOwnDailyColumn(Signal signal)
    {
        var day = new SignalDailyCount();

        day.Add(harmful: false, s => s == signal);
        day.Add(harmful: true, s => s == signal);

        Assert.Equal(2, day.Flagged(signal));
        Assert.Equal(2, SignalColumns.DailyCount(signal).Compile()(day));
        Assert.Equal((2, 1), (day.Total, day.Harmful));
        Assert.All(Enum.GetValues<Signal>().Where(o => o != signal), other => Assert.Equal(0, day.Flagged(other)));
    }

    [Fact]
    public void ScoreColumnNamesAreDistinctPropertiesOfMessage()
    {
        var names = Enum.GetValues<Signal>().Select(SignalColumns.ScoreColumnName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Equal(typeof(float), typeof(Message).GetProperty(n)?.PropertyType));
    }

    [Fact]
    public void AtLeastComparesTheSignalsOwnScore()
    {
        var message = new Message();
        SignalColumns.WriteScore(message, Signal.Threat, 0.6f);

        Assert.True(SignalColumns.AtLeast(Signal.Threat, 0.6f).Compile()(message));
        Assert.False(SignalColumns.AtLeast(Signal.Threat, 0.61f).Compile()(message));
        Assert.False(SignalColumns.AtLeast(Signal.Hate, 0.1f).Compile()(message));
    }

    [Fact]
    public void WithScoresHandsTheScoresInSignalOrder()
    {
        var message = new Message { Id = 42 };
        foreach (var signal in Enum.GetValues<Signal>())
        {
            SignalColumns.WriteScore(message, signal, ((int)signal + 1) / 10f);
        }

        var projected = SignalColumns.WithScores((m, scores) => new { m.Id, Scores = scores }).Compile()(message);

        Assert.Equal(42, projected.Id);
        Assert.Equal(Enum.GetValues<Signal>().Select(s => ((int)s + 1) / 10f), projected.Scores);
    }

    [Fact]
    public void AnUnknownSignalIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SignalColumns.Score((Signal)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Message().Score((Signal)99));
    }
}
