using System.Globalization;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Tests.Monitoring.Messages;

public sealed class MessageSeverityTests
{
    [Theory]
    [InlineData(0f, 0)]
    [InlineData(0.004f, 0)]
    [InlineData(0.005f, 0)] // the float lies just below 0.005, and the queue shows 0 % for it too
    [InlineData(0.0051f, 1)]
    [InlineData(0.874f, 87)]
    [InlineData(0.875f, 88)]
    [InlineData(0.125f, 12)]
    [InlineData(1f, 100)]
    [InlineData(1.5f, 100)]
    [InlineData(-0.2f, 0)]
    [InlineData(float.NaN, 0)]
    [InlineData(float.PositiveInfinity, 0)]
    public void IsTheWholePercentageClampedToZeroToHundred(float score, int expected) =>
        Assert.Equal(expected, MessageSeverity.Of(score));

    [Fact]
    public void MatchesThePercentageTheQueueShowsForEveryThousandth()
    {
        var culture = CultureInfo.GetCultureInfo("nl-BE");
        for (var i = 0; i <= 1000; i++)
        {
            var score = i / 1000f;
            var shown = score.ToString("P0", culture);
            Assert.Equal(shown, (MessageSeverity.Of(score) / 100f).ToString("P0", culture));
        }
    }

    [Fact]
    public void SettingTheScoreOfAMessageSetsItsSeverity()
    {
        var message = new Message { MaxScore = 0.426f };
        Assert.Equal(43, message.Severity);
        message.MaxScore = 0.1f;
        Assert.Equal(10, message.Severity);
    }
}
