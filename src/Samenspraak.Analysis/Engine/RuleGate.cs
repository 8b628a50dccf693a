using Samenspraak.Analysis.Rules;

namespace Samenspraak.Analysis.Engine;

/// <summary>
/// The last step of the hybrid: explicit linguistic evidence overrides the n-gram models where the models are known
/// to fail. The models learn from a small corpus and can over-weight a group mention; the rules know that
/// "homo's zijn geen ziekte" is negated and that "ik haat moslims" is hate whatever the corpus saw.
/// <list type="bullet">
/// <item>A rule decision (e.g. RuleHate) lifts the score to at least <c>threshold + Lift</c>.</item>
/// <item>Without a rule decision, negation, counter-speech or an identity/positive statement caps the score below
/// the threshold; so does the absence of any derogatory cue for hate (a plain group mention is not hate), unless the
/// message is long enough for the models to have real evidence and they are confident (implicit stereotypes).</item>
/// <item>Hate implies toxicity: toxicity is at least the hate score.</item>
/// </list>
/// </summary>
internal static class RuleGate
{
    public const double Lift = 0.15;

    /// <summary>Without any derogatory cue the models are trusted only above this probability.</summary>
    public const double NoCueTrust = 0.8;

    /// <summary>Messages shorter than this give the n-gram models too little evidence to flag hate without any cue.</summary>
    public const int NoCueMinWords = 9;

    public static void Apply(Span<double> p, ReadOnlySpan<double> thresholds, float[] r, int words)
    {
        bool Has(RuleFeature f) => r[(int)f] > 0;
        var defused = Has(RuleFeature.NegatedCue) || Has(RuleFeature.CounterSpeech) || Has(RuleFeature.IdentityOrPositive);

        Gate(p, thresholds, Signal.Hate, Has(RuleFeature.RuleHate), defused || (!HasDerogatoryCue(r) && (words < NoCueMinWords || p[(int)Signal.Hate] < NoCueTrust)));
        Gate(p, thresholds, Signal.Threat, Has(RuleFeature.RuleThreat), defused || (!Has(RuleFeature.ThreatCue) && (words < NoCueMinWords || p[(int)Signal.Threat] < NoCueTrust)));
        Gate(p, thresholds, Signal.Dehumanisation, Has(RuleFeature.RuleDehumanisation), defused);
        Gate(p, thresholds, Signal.Toxicity, Has(RuleFeature.RuleToxicity), Has(RuleFeature.CounterSpeech) || Has(RuleFeature.IdentityOrPositive));
        Gate(p, thresholds, Signal.Doxxing, Has(RuleFeature.RuleDoxxing), !Has(RuleFeature.Pii));
        var tox = (int)Signal.Toxicity;
        p[tox] = Math.Max(p[tox], p[(int)Signal.Hate] >= thresholds[(int)Signal.Hate] ? Math.Max(p[(int)Signal.Hate], thresholds[tox] + Lift) : 0);
    }

    private static bool HasDerogatoryCue(float[] r)
    {
        foreach (var f in (ReadOnlySpan<RuleFeature>)[RuleFeature.HateCue, RuleFeature.Slur, RuleFeature.DehumOnPeople, RuleFeature.NegEmoteGroup,
            RuleFeature.ExclusionGroup, RuleFeature.NegatedPositiveGroup, RuleFeature.ThreatCue, RuleFeature.Insult, RuleFeature.Profanity,
            RuleFeature.Generalisation, RuleFeature.PersonByGroup, RuleFeature.UsThem])
        {
            if (r[(int)f] > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static void Gate(Span<double> p, ReadOnlySpan<double> thresholds, Signal signal, bool rule, bool cap)
    {
        var s = (int)signal;
        var t = thresholds[s];
        if (rule)
        {
            p[s] = Math.Max(p[s], Math.Min(0.99, t + Lift + (1 - t - Lift) * p[s]));
        }
        else if (cap)
        {
            p[s] = Math.Min(p[s], t * 0.8);
        }
    }
}
