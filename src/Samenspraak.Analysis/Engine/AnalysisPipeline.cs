using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Explanations;
using Samenspraak.Analysis.Features;
using Samenspraak.Analysis.Models;
using Samenspraak.Analysis.Rules;

namespace Samenspraak.Analysis.Engine;

/// <summary>
/// Runs one message through features, n-gram heads and calibrators and assembles the result. The per-thread
/// scratch state makes it safe to call from many threads; the artifacts themselves are read-only.
/// </summary>
internal sealed class AnalysisPipeline(ModelArtifacts artifacts, ClaimIndex claims)
{
    /// <summary>Cap for language-specific signals on text that is not Dutch: the heads were not trained on it.</summary>
    private const double NonDutchCap = 0.1;

    [ThreadStatic]
    private static MessageFeatures? _scratch;

    public AnalysisResult Analyze(string text, AnalysisOptions options)
    {
        var mf = _scratch ??= new MessageFeatures();
        Featurizer.Extract(text, artifacts.Lexicon, claims, mf);
        Span<float> logits = stackalloc float[NgramModel.Heads];
        artifacts.Ngrams.Score(mf.Buckets.AsSpan(0, mf.BucketCount), logits);
        Span<float> x = stackalloc float[Calibrator.Inputs];
        var signals = new SignalScore[Signals.Count];
        var dutch = mf.Language == "nl";
        Span<double> probabilities = stackalloc double[Signals.Count];
        Span<double> thresholds = stackalloc double[Signals.Count];
        for (var s = 0; s < Signals.Count; s++)
        {
            var cal = artifacts.Calibrators[s];
            Calibrator.BuildInputs(logits[s], logits[NgramModel.CovidHead], mf.Rules.Features, x);
            probabilities[s] = cal.Probability(x);
            thresholds[s] = cal.Threshold;
        }
        RuleGate.Apply(probabilities, thresholds, mf.Rules.Features, WordCount(mf));
        var d = (int)Signal.Disinformation;
        probabilities[d] = artifacts.CovidHead.Combine(probabilities[d], thresholds[d], logits[NgramModel.CovidHead]);
        for (var s = 0; s < Signals.Count; s++)
        {
            var cal = artifacts.Calibrators[s];
            var p = probabilities[s];
            if (!dutch && s != (int)Signal.Doxxing)
            {
                p = Math.Min(p, NonDutchCap);
            }
            p = Math.Round(p, 4);
            signals[s] = new SignalScore(p, p >= cal.Threshold, BandScale.For(p, cal.Threshold));
        }
        var harmful = signals[(int)Signal.Hate].Flagged || signals[(int)Signal.Threat].Flagged || signals[(int)Signal.Dehumanisation].Flagged
            || signals[(int)Signal.Doxxing].Flagged || signals[(int)Signal.Polarisation].Flagged || signals[(int)Signal.Disinformation].Flagged;
        var targets = Targets(mf.Rules, signals[(int)Signal.Hate].Flagged);
        var evidence = EvidenceBuilder.Build(text, mf, signals);
        ClaimMatch? match = null;
        if (mf.Claim >= 0 && mf.ClaimSimilarity >= ClaimIndex.MatchThreshold)
        {
            var c = claims.Claims[mf.Claim];
            match = new ClaimMatch(c.Id, Math.Round(mf.ClaimSimilarity, 4), c.Statement, c.Verdict, c.Source, c.Url);
        }
        return new AnalysisResult
        {
            Language = mf.Language,
            Harmful = harmful,
            Signals = signals,
            Targets = targets,
            Evidence = evidence,
            ClaimMatch = match,
            Model = artifacts.Version,
            Explanations = options.Explain ? Explainer.Explain(signals, evidence, targets, match, mf.Language) : null,
        };
    }

    private static int WordCount(MessageFeatures mf)
    {
        var n = 0;
        for (var k = 0; k < mf.Tokens.Count; k++)
        {
            if (mf.Tokens[k].IsWord) n++;
        }
        return n;
    }

    private static IReadOnlyList<TargetGroup> Targets(RuleOutput rules, bool hate)
    {
        if (!hate || rules.Targets == 0)
        {
            return [];
        }
        var list = new List<TargetGroup>(2);
        for (var g = 0; g < 7; g++)
        {
            if ((rules.Targets & (1 << g)) != 0)
            {
                list.Add((TargetGroup)g);
            }
        }
        return list;
    }
}
