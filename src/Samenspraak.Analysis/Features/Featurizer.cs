using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Doxxing;
using Samenspraak.Analysis.Language;
using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Normalisation;
using Samenspraak.Analysis.Rules;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Features;

/// <summary>
/// The one feature pipeline shared by training and inference (so they cannot drift apart): normalise, tokenise and
/// tag, identify the language, run the rules, scan for personal data, match claims, hash n-grams.
/// </summary>
internal static class Featurizer
{
    public static void Extract(string text, Lexicon lexicon, ClaimIndex claims, MessageFeatures mf)
    {
        Normaliser.Normalise(text, mf.Text);
        Tokenizer.Tokenize(mf.Text, lexicon, mf.Tokens);
        SlurSense.Resolve(mf.Tokens);
        mf.Language = LanguageIdentifier.Identify(mf.Text, mf.Tokens);
        mf.Rules.Clear();
        RuleEngine.Evaluate(mf.Tokens, mf.Rules);
        mf.Pii.Clear();
        PiiScanner.Scan(text, mf.Pii);
        ApplyExposingRules(mf);
        (mf.Claim, mf.ClaimSimilarity) = claims.Match(mf.Text, mf.Tokens);
        if (mf.Claim >= 0)
        {
            mf.Rules.Set(RuleFeature.ClaimSimilarity, (float)mf.ClaimSimilarity);
            if (mf.ClaimSimilarity >= ClaimIndex.MatchThreshold && mf.Rules[RuleFeature.Debunk] == 0)
            {
                mf.Rules.Set(RuleFeature.RuleDisinformation);
            }
        }
        if (mf.Language != "nl")
        {
            mf.Rules.Set(RuleFeature.NotDutch);
        }
        mf.BucketCount = FeatureHasher.Extract(mf.Text, mf.Tokens, ref mf.Buckets);
    }

    /// <summary>
    /// Personal data is exposing only next to a person reference or an intent to expose ("hier woont die gast");
    /// an organisation's public contact data ("bel het onthaal") is not.
    /// </summary>
    private static void ApplyExposingRules(MessageFeatures mf)
    {
        if (mf.Pii.Count == 0)
        {
            return;
        }
        var tags = LexTag.None;
        for (var k = 0; k < mf.Tokens.Count; k++)
        {
            if (!mf.Tokens[k].InPhrase)
            {
                tags |= mf.Tokens[k].AllTags;
            }
        }
        var o = mf.Rules;
        o.Set(RuleFeature.Pii, Math.Min(3, mf.Pii.Count));
        var personCue = (tags & (LexTag.PersonalData | LexTag.PersonRef | LexTag.Insult | LexTag.Slur | LexTag.ThreatVerb | LexTag.ThreatIdiom)) != 0;
        var orgCue = (tags & LexTag.ContactOrg) != 0;
        var sensitive = false;
        foreach (var p in mf.Pii)
        {
            sensitive |= p.Kind == PiiKind.NationalRegisterNumber || (p.Kind == PiiKind.Iban && !orgCue);
        }
        if (personCue) o.Set(RuleFeature.PiiPersonCue);
        if (orgCue) o.Set(RuleFeature.PiiOrgCue);
        if (sensitive) o.Set(RuleFeature.RrnOrIban);
        if ((personCue && !orgCue) || (sensitive && (tags & LexTag.FirstSingular) == 0))
        {
            o.Set(RuleFeature.RuleDoxxing);
            foreach (var p in mf.Pii)
            {
                o.Evidence.Add(new RuleEvidence(Signal.Doxxing, -1, 0, p.Reason, p.Start, p.Length));
            }
        }
    }
}
