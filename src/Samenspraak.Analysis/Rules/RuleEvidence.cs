namespace Samenspraak.Analysis.Rules;

/// <summary>A rule's evidence: a range of tokens (or, for personal data, of original characters) and its Dutch reason.</summary>
internal readonly record struct RuleEvidence(Signal Signal, int FirstToken, int TokenCount, string Reason, int OriginalStart = -1, int OriginalLength = 0);

/// <summary>Reusable per-thread output of the rule engine for one message.</summary>
internal sealed class RuleOutput
{
    public readonly float[] Features = new float[RuleFeatures.Count];
    public readonly List<RuleEvidence> Evidence = [];
    public int Targets;

    public void Clear()
    {
        Array.Clear(Features);
        Evidence.Clear();
        Targets = 0;
    }

    public void Set(RuleFeature f, float value = 1f)
    {
        if (value > Features[(int)f])
        {
            Features[(int)f] = value;
        }
    }

    public float this[RuleFeature f] => Features[(int)f];

    public void AddTarget(int target)
    {
        if (target >= 0)
        {
            Targets |= 1 << target;
        }
    }
}
