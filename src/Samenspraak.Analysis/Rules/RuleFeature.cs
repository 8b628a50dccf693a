namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Dense rule features: the linguistic evidence the calibrators combine with the n-gram scores. The order is part
/// of the model artifact (calibrator weights are stored by index), so append only.
/// </summary>
internal enum RuleFeature
{
    GroupMention,
    HateCue,
    Slur,
    DehumOnPeople,
    DehumOnGroup,
    NegEmoteGroup,
    ExclusionGroup,
    NegatedPositiveGroup,
    NegatedCue,
    CounterSpeech,
    IdentityOrPositive,
    ThreatDirect,
    ThreatNormative,
    ThreatCue,
    InsultAtPerson,
    Insult,
    Profanity,
    NonProtectedOrObject,
    Generalisation,
    UsThem,
    Politics,
    Conspiracy,
    Debunk,
    ClaimSimilarity,
    Pii,
    PiiPersonCue,
    PiiOrgCue,
    RrnOrIban,
    Question,
    WeakLexicon,
    PersonByGroup,
    PronounRef,
    RuleHate,
    RuleToxicity,
    RuleThreat,
    RuleDehumanisation,
    RulePolarisation,
    RuleDoxxing,
    RuleDisinformation,
    NotDutch,
}

internal static class RuleFeatures
{
    public const int Count = (int)RuleFeature.NotDutch + 1;
}
