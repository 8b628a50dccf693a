using System.Text.Json;
using Samenspraak.Analysis.Serialization;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class AnalysisJsonTests
{
    private static AnalysisResult Sample(ClaimMatch? claim = null, IReadOnlyDictionary<Signal, string>? explanations = null) => new()
    {
        Language = "nl",
        Harmful = true,
        Signals =
        [
            new SignalScore(0.934449, true, Band.ZeerHoog),
            new SignalScore(0.12346, false, Band.Laag),
            new SignalScore(0, false, Band.Laag),
            new SignalScore(1, true, Band.ZeerHoog),
            new SignalScore(0.5, true, Band.Hoog),
            new SignalScore(0.00004, false, Band.Laag),
            new SignalScore(0.33336, false, Band.Verhoogd),
        ],
        Targets = [TargetGroup.Religion, TargetGroup.SexualOrientation],
        Evidence = [new EvidenceSpan(Signal.Hate, 4, 6, "\"één\"", "ontmenselijkende vergelijking")],
        ClaimMatch = claim,
        Explanations = explanations,
        Model = "samenspraak-test",
    };

    [Fact]
    public void WritesTheContractExactlyInItsFieldOrder()
    {
        var json = AnalysisJson.Serialize("m-1", Sample());

        const string expected =
            "{\"id\":\"m-1\",\"language\":\"nl\",\"harmful\":true,\"signals\":{" +
            "\"hate\":{\"score\":0.9344,\"flagged\":true,\"band\":\"zeer hoog\"}," +
            "\"toxicity\":{\"score\":0.1235,\"flagged\":false,\"band\":\"laag\"}," +
            "\"threat\":{\"score\":0,\"flagged\":false,\"band\":\"laag\"}," +
            "\"dehumanisation\":{\"score\":1,\"flagged\":true,\"band\":\"zeer hoog\"}," +
            "\"polarisation\":{\"score\":0.5,\"flagged\":true,\"band\":\"hoog\"}," +
            "\"doxxing\":{\"score\":0,\"flagged\":false,\"band\":\"laag\"}," +
            "\"disinformation\":{\"score\":0.3334,\"flagged\":false,\"band\":\"verhoogd\"}}," +
            "\"targets\":[\"religion\",\"sexual_orientation\"]," +
            "\"evidence\":[{\"signal\":\"hate\",\"start\":4,\"length\":6,\"text\":\"\\\"één\\\"\",\"reason\":\"ontmenselijkende vergelijking\"}]," +
            "\"model\":\"samenspraak-test\"}";
        Assert.Equal(expected, json);
    }

    [Fact]
    public void AClaimMatchAndExplanationsFollowTheModelInSignalOrder()
    {
        var claim = new ClaimMatch("fc-12", 0.876543, "5G verspreidt het virus", "onwaar", "Factcheck Vlaanderen", null);
        var explanations = new Dictionary<Signal, string>
        {
            [Signal.Disinformation] = "herhaalt een weerlegde bewering",
            [Signal.Hate] = "valt een groep aan",
        };

        using var doc = JsonDocument.Parse(AnalysisJson.Serialize("m-2", Sample(claim, explanations)));
        var root = doc.RootElement;

        Assert.Equal(["id", "language", "harmful", "signals", "targets", "evidence", "model", "claim", "explanations"],
            root.EnumerateObject().Select(p => p.Name));
        var c = root.GetProperty("claim");
        Assert.Equal("fc-12", c.GetProperty("id").GetString());
        Assert.Equal(0.8765, c.GetProperty("similarity").GetDouble());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("url").ValueKind);
        Assert.Equal(["hate", "disinformation"], root.GetProperty("explanations").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void NumbersAreInvariantWhateverTheThreadCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");
            Assert.Contains("\"score\":0.9344", AnalysisJson.Serialize("x", Sample()), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void AResultWithoutSevenSignalsIsRejected()
    {
        var broken = new AnalysisResult
        {
            Language = "nl",
            Harmful = false,
            Signals = [new SignalScore(0.1, false, Band.Laag)],
            Targets = [],
            Evidence = [],
            Model = "x",
        };

        Assert.Throws<ArgumentException>(() => AnalysisJson.Serialize("x", broken));
    }
}
