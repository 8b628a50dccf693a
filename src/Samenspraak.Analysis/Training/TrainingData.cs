using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Features;
using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Training;

/// <summary>Features of every training message, extracted with the same <see cref="Featurizer"/> as inference.</summary>
internal sealed class TrainingData
{
    public required List<int[]> Buckets { get; init; }

    public required List<float[]> Rules { get; init; }

    public static TrainingData Featurise(IReadOnlyList<LabelledMessage> messages, Lexicon lexicon, ClaimIndex claims)
    {
        var mf = new MessageFeatures();
        var buckets = new List<int[]>(messages.Count);
        var rules = new List<float[]>(messages.Count);
        foreach (var m in messages)
        {
            Featurizer.Extract(m.Text, lexicon, claims, mf);
            buckets.Add(mf.Buckets.AsSpan(0, mf.BucketCount).ToArray());
            rules.Add((float[])mf.Rules.Features.Clone());
        }
        return new TrainingData { Buckets = buckets, Rules = rules };
    }
}
