using Samenspraak.Analysis.Doxxing;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Rules;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Features;

/// <summary>Everything extracted from one message before the models run. Reused per thread.</summary>
internal sealed class MessageFeatures
{
    public readonly NormalisedText Text = new();
    public readonly TokenBuffer Tokens = new();
    public readonly RuleOutput Rules = new();
    public readonly List<PiiSpan> Pii = [];
    public int[] Buckets = new int[1024];
    public int BucketCount;
    public string Language = "other";
    public int Claim = -1;
    public double ClaimSimilarity;
}
