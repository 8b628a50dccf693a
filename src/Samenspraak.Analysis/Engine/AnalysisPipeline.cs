using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Models;

namespace Samenspraak.Analysis.Engine;

/// <summary>Runs normalisation, rules, models and calibration for one message.</summary>
internal sealed class AnalysisPipeline(ModelArtifacts artifacts, ClaimIndex claims)
{
    public ClaimIndex Claims { get; } = claims;

    public AnalysisResult Analyze(string text, AnalysisOptions options)
    {
        var signals = new SignalScore[Signals.Count];
        return new AnalysisResult
        {
            Language = text.Length == 0 ? "other" : "nl",
            Harmful = false,
            Signals = signals,
            Targets = [],
            Evidence = [],
            Model = artifacts.Version,
            Explanations = options.Explain ? new Dictionary<Signal, string>() : null,
        };
    }
}
