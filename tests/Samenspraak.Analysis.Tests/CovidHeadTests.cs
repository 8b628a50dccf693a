using Samenspraak.Analysis.Models;
using static Samenspraak.Analysis.Tests.Cases;

namespace Samenspraak.Analysis.Tests;

/// <summary>The covid head's own route into the disinformation signal (Platt scaling plus a train-CV threshold).</summary>
public class CovidHeadTests
{
    private static readonly CovidHeadCalibration Route = new(0f, 1f, 0.7);

    [Fact]
    public void LeavesTheSignalAloneBelowItsThreshold()
    {
        // sigmoid(0) = 0.5 < 0.7: the corpus calibrator's probability stands.
        Assert.Equal(0.12, Route.Combine(0.12, 0.44, 0f), 6);
    }

    [Fact]
    public void LiftsTheSignalAcrossItsThresholdWhenTheHeadIsConfident()
    {
        var atThreshold = Route.Combine(0.1, 0.44, MathF.Log(0.7001f / 0.2999f));
        Assert.InRange(atThreshold, 0.44, 0.4402);
        var confident = Route.Combine(0.1, 0.44, 6f);
        Assert.True(confident > 0.44 && confident <= 1.0);
        Assert.True(Route.Combine(0.1, 0.44, 8f) > confident);
    }

    [Fact]
    public void NeverLowersAHigherSignalProbability() => Assert.Equal(0.93, Route.Combine(0.93, 0.44, 3f), 6);

    [Fact]
    public void OffNeverFires() => Assert.Equal(0.2, CovidHeadCalibration.Off.Combine(0.2, 0.44, 50f), 6);

    [Fact]
    public void TheShippedModelCarriesATrainedRoute()
    {
        var head = ModelArtifacts.LoadEmbedded().CovidHead;
        Assert.NotEqual(CovidHeadCalibration.Off, head);
        Assert.InRange(head.Threshold, 0.2, 0.999);
        Assert.True(head.Slope > 0, "a higher covid logit must mean more likely false information");
    }

    [Fact]
    public void RoundTripsThroughItsCalibrationLine()
    {
        var line = new CovidHeadCalibration(0.25f, 0.5f, 0.62).Line();
        Assert.Equal(new CovidHeadCalibration(0.25f, 0.5f, 0.62), CovidHeadCalibration.Parse(line.Split(' ')));
    }

    [Theory]
    [InlineData("Vanaf maandag kan u zonder afspraak terecht in het vaccinatiecentrum in de sporthal, van 9 tot 17 uur.")]
    [InlineData("Door de coronamaatregelen is het onthaal van het gemeentehuis enkel open op afspraak.")]
    [InlineData("Wie positief test, blijft volgens de richtlijnen van de overheid zeven dagen thuis.")]
    [InlineData("Het OCMW brengt boodschappen rond bij wie in quarantaine zit; bel ons op het gratis nummer.")]
    [InlineData("De mondmaskers voor alle inwoners liggen vanaf vrijdag klaar aan het loket van de bibliotheek.")]
    public void DoesNotFlagOrdinaryMunicipalCovidMessages(string text) => Assert.False(Flagged(text, Signal.Disinformation), text);
}
