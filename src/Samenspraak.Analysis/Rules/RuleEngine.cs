using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Text;

namespace Samenspraak.Analysis.Rules;

/// <summary>
/// Linguistic rules over the tagged tokens, sentence by sentence: who is addressed (a protected group, a person, a
/// pronoun that refers back to a group), what is said about them (derogation, dehumanisation, threats, exclusion,
/// negated praise), and the context that changes its meaning (negation, quotation and condemnation, counter-speech,
/// identity statements). The outcome is a set of dense features and evidence; the calibrators weigh them.
/// </summary>
internal static class RuleEngine
{
    private const LexTag Derogation = LexTag.Dehum | LexTag.NegAttr | LexTag.NegEmote | LexTag.Exclusion | LexTag.Slur;
    private const LexTag ThreatTags = LexTag.ThreatVerb | LexTag.ThreatIdiom;
    private static readonly ulong Waarom = SpanHash.Of("waarom");
    private static readonly ulong Maar = SpanHash.Of("maar");
    private const LexTag PersonTags = LexTag.SecondPerson | LexTag.PersonRef | LexTag.ThirdPlural | LexTag.Human | LexTag.PeopleNoun;

    public static void Evaluate(TokenBuffer tokens, RuleOutput output)
    {
        var counterMessage = false;
        var condemnedStatement = false;
        var anyReport = false;
        var lastGroup = -1;
        var lastTarget = -1;
        var sentenceStart = 0;
        // First pass: is the message as a whole reporting or condemning?
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Sentence == tokens[sentenceStart].Sentence)
            {
                continue;
            }
            var facts = SentenceFacts.Gather(tokens, sentenceStart, k);
            var counter = IsCounter(facts, tokens);
            counterMessage |= counter;
            // "Stop met dat politiek correct gedoe" condemns the condemners, not what was reported.
            condemnedStatement |= counter && !OpensWithImperative(tokens, facts);
            anyReport |= facts.Has(LexTag.Report | LexTag.SpeechNoun);
            sentenceStart = k;
        }
        sentenceStart = 0;
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && tokens[k].Sentence == tokens[sentenceStart].Sentence)
            {
                continue;
            }
            var facts = SentenceFacts.Gather(tokens, sentenceStart, k);
            EvaluateSentence(tokens, facts, output, counterMessage, condemnedStatement, anyReport, ref lastGroup, ref lastTarget);
            sentenceStart = k;
        }
        if (counterMessage)
        {
            output.Set(RuleFeature.CounterSpeech);
        }
    }

    /// <summary>Condemnation, or reporting speech with a quote, a negation or an imperative ("stop met ... te noemen").</summary>
    private static bool IsCounter(SentenceFacts f, TokenBuffer tokens)
    {
        if (f.Has(LexTag.Condemn) || MetaDiscourse.NamesHate(tokens, f))
        {
            return true;
        }
        // "Ze zeggen dat moslims gevaarlijk zijn, maar dat is onzin": reported speech that is refuted.
        if (f.Has(LexTag.Report) && f.Has(LexTag.Debunk))
        {
            return true;
        }
        var report = f.Has(LexTag.Report);
        var speech = f.Has(LexTag.SpeechNoun);
        // "wie zegt dat ...", "als je zegt dat ..., ben je een idioot": reported speech that is judged.
        if (report && (f.Quote || f.Has(LexTag.Negation | LexTag.Imperative | LexTag.QuestionWord | LexTag.SecondPerson | LexTag.Insult) || speech))
        {
            return true;
        }
        if (speech && f.Has(LexTag.NegAttr | LexTag.NegEmote | LexTag.Imperative))
        {
            return true;
        }
        return f.Has(LexTag.Imperative) && report;
    }

    private static bool OpensWithImperative(TokenBuffer tokens, in SentenceFacts f)
    {
        for (var k = f.Start; k < f.End; k++)
        {
            if (tokens[k].IsWord)
            {
                return (tokens[k].Tags & LexTag.Imperative) != 0;
            }
        }
        return false;
    }

    private static void EvaluateSentence(TokenBuffer tokens, SentenceFacts f, RuleOutput o, bool counterMessage, bool condemnedStatement, bool anyReport, ref int lastGroup, ref int lastTarget)
    {
        if (f.Words == 0)
        {
            return;
        }
        var counterHere = IsCounter(f, tokens);
        var reportedAndCondemned = condemnedStatement && f.Has(LexTag.Report) && !f.Has(LexTag.FirstSingular | LexTag.FirstPlural);
        var group = f.FirstGroup;
        var target = f.GroupTarget;
        var pronounRef = false;
        if (group < 0 && lastGroup >= 0)
        {
            // "Ik heb het over moslims. Dat zijn ...": a plural pronoun or demonstrative subject refers back to the
            // last group named.
            var pronoun = Reference.FindPronoun(tokens, f);
            if (pronoun < 0 && Reference.IsVerblessVerdict(tokens, f))
            {
                // "Ik heb Turkse collega's. Echt luie mensen.": a short verdict without a subject is about the group.
                pronoun = f.Start;
            }
            if (pronoun >= 0)
            {
                group = pronoun;
                target = lastTarget;
                pronounRef = true;
            }
        }
        if (f.FirstGroup >= 0)
        {
            lastGroup = f.FirstGroup;
            lastTarget = f.GroupTarget;
            o.Set(RuleFeature.GroupMention);
        }
        else if (!pronounRef && f.Has(LexTag.NonProtected))
        {
            // "Moslims? Prima. Fietsers, die zijn ...": a non-protected group named later becomes the referent.
            lastGroup = -1;
            lastTarget = -1;
        }
        if (pronounRef)
        {
            o.Set(RuleFeature.PronounRef);
        }
        if (f.QuestionMark || f.Has(LexTag.QuestionWord))
        {
            o.Set(RuleFeature.Question);
        }
        var hasPerson = group >= 0 || f.Has(PersonTags);
        // "Waarom ... niet ...?" and "Zijn ze niet gewoon ...?" are rhetorical: their negation asserts.
        var rhetorical = f.QuestionMark && tokens[f.Start].IsWord
            && (tokens[f.Start].Hash == Waarom || (tokens[f.Start].AllTags & (LexTag.Copula | LexTag.Modal)) != 0);
        var debunkAt = -1;
        var imperativeThreat = false;
        var firstPerson = f.Has(LexTag.FirstSingular | LexTag.FirstPlural);
        var derogated = false;
        var negatedCue = false;
        var positive = false;
        var disclaimer = false;

        for (var k = f.Start; k < f.End; k++)
        {
            ref var t = ref tokens[k];
            // "Ik zeg niet dat ..., maar het zijn ratten": the contrast ends a debunking or disclaimer frame.
            if (t.IsWord && t.Hash == Maar)
            {
                debunkAt = -1;
                if (disclaimer && group >= 0 && !counterHere && Disclaimer.DemandFollows(tokens, k, f.End))
                {
                    // "Ik heb niets tegen homo's, maar ze moeten ...": the disclaimer announces a demand on the group.
                    o.Set(RuleFeature.HateCue);
                    MarkHate(o, tokens, group, target, k, 1, "voorbehoud gevolgd door een eis aan een groep");
                    derogated = true;
                }
            }
            // Inside a phrase only a phrase that starts here counts ("het is niet waar": "is niet waar").
            var tags = !t.IsWord ? LexTag.None : t.InPhrase ? t.PhraseTags : t.AllTags;
            if (tags == LexTag.None)
            {
                continue;
            }
            var span = Math.Max(1, (int)t.PhraseLength);
            // "Waarom laten we ze niet verhongeren?": the negation of a rhetorical why-question does not negate.
            if ((tags & LexTag.Debunk) != 0 && debunkAt < 0)
            {
                debunkAt = k;
            }
            // "Het is niet waar dat ... lui zijn": a debunking frame negates the clause it introduces.
            var negated = (Scope.IsNegated(tokens, k, f.Start, f.End) && (tags & LexTag.Negation) == 0 && !rhetorical) || (debunkAt >= 0 && debunkAt < k);
            // "Iemand riep dat alle X buiten moeten. Dat pikken we niet.": someone else's words, condemned elsewhere.
            var suppressed = counterHere || (t.Quoted && (counterMessage || anyReport)) || reportedAndCondemned;
            var nearGroup = group >= 0 && Scope.Distance(k, group) <= 12;

            if ((tags & LexTag.Slur) != 0)
            {
                var slurTarget = t.PhraseTarget >= 0 ? t.PhraseTarget : t.Target;
                // A slur names; a negation after it belongs to the predicate ("wijven kunnen niks").
                if (Scope.IsNegatedBefore(tokens, k, f.Start) || suppressed)
                {
                    negatedCue = true;
                }
                else
                {
                    o.Set(RuleFeature.Slur);
                    o.Set(RuleFeature.RuleHate);
                    o.Set(RuleFeature.RuleToxicity);
                    o.AddTarget(slurTarget);
                    o.Evidence.Add(new RuleEvidence(Signal.Hate, k, span, "scheldwoord voor een groep"));
                    o.Evidence.Add(new RuleEvidence(Signal.Toxicity, k, span, "scheldwoord"));
                    derogated = true;
                }
            }
            if ((tags & LexTag.Group) != 0 && (tags & LexTag.Slur) == 0 && !negated)
            {
                PersonByGroup(tokens, k, f, o, suppressed);
            }
            if ((tags & LexTag.Group) != 0 && !suppressed && (debunkAt < 0 || debunkAt > k))
            {
                derogated |= GroupAttackWithoutCue(tokens, k, span, f, o);
            }
            // Calling hooligans or vandals "tuig" is abuse of a non-protected group, not dehumanisation of people
            // for who they are (annotation guide); it still counts for toxicity through the models.
            if ((tags & LexTag.Dehum) != 0 && hasPerson && (tags & LexTag.Group) == 0 && (group >= 0 || !f.Has(LexTag.NonProtected)))
            {
                if (negated || suppressed)
                {
                    negatedCue = true;
                }
                else
                {
                    o.Set(RuleFeature.DehumOnPeople);
                    o.Set(RuleFeature.RuleDehumanisation);
                    o.Evidence.Add(new RuleEvidence(Signal.Dehumanisation, k, span, "ontmenselijkende vergelijking"));
                    if (nearGroup)
                    {
                        o.Set(RuleFeature.DehumOnGroup);
                        MarkHate(o, tokens, group, target, k, span, "groep ontmenselijkt");
                        derogated = true;
                    }
                }
            }
            if ((tags & (LexTag.NegAttr | LexTag.NegEmote | LexTag.Exclusion)) != 0 && nearGroup && (tags & LexTag.Group) == 0)
            {
                if (negated || suppressed)
                {
                    negatedCue = true;
                }
                else
                {
                    var reason = (tags & LexTag.NegEmote) != 0 ? "haat of afkeer tegenover een groep"
                        : (tags & LexTag.Exclusion) != 0 ? "uitsluiting van een groep" : "negatieve veralgemening over een groep";
                    o.Set((tags & LexTag.NegEmote) != 0 ? RuleFeature.NegEmoteGroup : (tags & LexTag.Exclusion) != 0 ? RuleFeature.ExclusionGroup : RuleFeature.HateCue);
                    MarkHate(o, tokens, group, target, k, span, reason);
                    derogated = true;
                }
            }
            if ((tags & LexTag.Positive) != 0)
            {
                disclaimer |= Disclaimer.IsHead(tokens, k);
                // Under a debunking frame ("ik zeg niet dat vrouwen geen goede ... zijn") the negated praise is itself denied.
                if (negated && nearGroup && !suppressed && !(debunkAt >= 0 && debunkAt < k))
                {
                    // "moslims zijn nooit te vertrouwen", "geen respect voor vrouwen": negated praise derogates.
                    o.Set(RuleFeature.NegatedPositiveGroup);
                    MarkHate(o, tokens, group, target, k, span, "ontkende positieve eigenschap van een groep");
                    derogated = true;
                }
                else if (!negated)
                {
                    positive = true;
                }
            }
            // "ze moeten allemaal dood": a violence word under a modal is a normative call to violence.
            if ((tags & ThreatTags) != 0 && k == f.Start)
            {
                // A sentence that opens with the verb is an imperative: "Hang ze op", "Schiet ze neer".
                imperativeThreat = true;
            }
            if ((tags & ThreatTags) != 0 || ((tags & LexTag.Weapon) != 0 && firstPerson) || ((tags & LexTag.Violence) != 0 && f.Has(LexTag.Modal)))
            {
                Threat(tokens, k, span, f, o, negated, suppressed || MetaDiscourse.DescribesAttack(tokens, k, f), group, target, hasPerson, firstPerson, imperativeThreat);
            }
            if ((tags & LexTag.Insult) != 0 && (tags & LexTag.Group) == 0)
            {
                if (negated || suppressed)
                {
                    negatedCue = true;
                }
                else
                {
                    o.Set(RuleFeature.Insult);
                    o.Set(RuleFeature.RuleToxicity);
                    o.Evidence.Add(new RuleEvidence(Signal.Toxicity, k, span, "belediging"));
                    if (f.Has(LexTag.SecondPerson | LexTag.PersonRef))
                    {
                        o.Set(RuleFeature.InsultAtPerson);
                    }
                }
            }
            if ((tags & LexTag.Profanity) != 0 && !suppressed)
            {
                o.Set(RuleFeature.Profanity);
                o.Evidence.Add(new RuleEvidence(Signal.Toxicity, k, span, "grof taalgebruik"));
            }
            if ((tags & (LexTag.Weak | LexTag.ExtAbuse | LexTag.ExtRacist)) != 0)
            {
                o.Features[(int)RuleFeature.WeakLexicon] = Math.Min(3f, o.Features[(int)RuleFeature.WeakLexicon] + 1f);
            }
            if ((tags & LexTag.Conspiracy) != 0 && !negated && !suppressed)
            {
                o.Features[(int)RuleFeature.Conspiracy] = Math.Min(3f, o.Features[(int)RuleFeature.Conspiracy] + 1f);
                o.Set(RuleFeature.RuleDisinformation);
                o.Evidence.Add(new RuleEvidence(Signal.Disinformation, k, span, "complotdenken"));
            }
            if ((tags & LexTag.Debunk) != 0)
            {
                o.Set(RuleFeature.Debunk);
            }
            if ((tags & LexTag.Politics) != 0)
            {
                o.Set(RuleFeature.Politics);
            }
            if ((tags & (LexTag.NonProtected | LexTag.ObjectNoun)) != 0 && group < 0)
            {
                o.Set(RuleFeature.NonProtectedOrObject);
            }
            if ((tags & LexTag.Generaliser) != 0 && (group >= 0 || f.Has(LexTag.PeopleNoun | LexTag.ThirdPlural))
                && f.Has(Derogation | LexTag.Criminal) && !suppressed)
            {
                o.Set(RuleFeature.Generalisation);
                o.Set(RuleFeature.RulePolarisation);
                o.Evidence.Add(new RuleEvidence(Signal.Polarisation, k, span, "veralgemening over een groep mensen"));
            }
        }
        if (f.Has(LexTag.FirstPlural | LexTag.Us) && (group >= 0 || f.Has(LexTag.ThirdPlural | LexTag.PeopleNoun)) && f.Has(Derogation) && !counterHere)
        {
            o.Set(RuleFeature.UsThem);
            o.Set(RuleFeature.RulePolarisation);
        }
        if (negatedCue && !derogated)
        {
            o.Set(RuleFeature.NegatedCue);
        }
        // A reclaimed slur ("wij flikkers zijn ...") is an identity statement by the speaker (SlurSense); a group's
        // hardship ("vluchtelingen vinden moeilijk een woning") is a neutral statement about the group (Hardship).
        if (!derogated && group >= 0 && (positive || f.Has(LexTag.Pride) || (f.Has(LexTag.FirstSingular) && f.Has(LexTag.Identity)) || HasReclaimed(tokens, f)
            || (!f.Has(Derogation | LexTag.Insult | ThreatTags) && Hardship.IsExperienced(tokens, f, f.FirstGroup))))
        {
            o.Set(RuleFeature.IdentityOrPositive);
        }
    }

    private static bool HasReclaimed(TokenBuffer tokens, in SentenceFacts f)
    {
        for (var k = f.Start; k < f.End; k++)
        {
            if (tokens[k].Reclaimed)
            {
                return true;
            }
        }
        return false;
    }

    private static void MarkHate(RuleOutput o, TokenBuffer tokens, int group, int target, int cue, int span, string reason)
    {
        o.Set(RuleFeature.RuleHate);
        o.AddTarget(target);
        o.Evidence.Add(new RuleEvidence(Signal.Hate, cue, span, reason));
        if (group >= 0 && group != cue)
        {
            var g = tokens[group];
            o.Evidence.Add(new RuleEvidence(Signal.Hate, group, Math.Max(1, (int)g.PhraseLength), "genoemde groep"));
        }
    }

    /// <summary>Exclusion and person-by-group frames that carry no derogatory word of their own.</summary>
    private static bool GroupAttackWithoutCue(TokenBuffer tokens, int k, int span, in SentenceFacts f, RuleOutput o)
    {
        var target = tokens[k].PhraseTarget >= 0 ? tokens[k].PhraseTarget : tokens[k].Target;
        if (Reference.IsUnwanted(tokens, k, f))
        {
            o.Set(RuleFeature.ExclusionGroup);
            MarkHate(o, tokens, k, target, k - 1, span + 1, "uitsluiting van een groep");
            return true;
        }
        var frame = Reference.TraitFrameBefore(tokens, k, f.Start);
        if (frame >= 0)
        {
            o.Set(RuleFeature.PersonByGroup);
            o.Set(RuleFeature.RuleToxicity);
            MarkHate(o, tokens, k, target, frame, k + span - frame, "aanval op een persoon om een groepskenmerk");
            return true;
        }
        return false;
    }

    /// <summary>"vuile homo", "die zwarte moet terug": an insult or exclusion aimed at one person for a group trait.</summary>
    private static void PersonByGroup(TokenBuffer tokens, int k, SentenceFacts f, RuleOutput o, bool suppressed)
    {
        if (suppressed)
        {
            return;
        }
        var prev = k > f.Start ? tokens[k - 1].AllTags : LexTag.None;
        var attackBefore = (prev & (LexTag.Insult | LexTag.NegAttr | LexTag.Profanity)) != 0;
        var addressed = f.Has(LexTag.SecondPerson | LexTag.PersonRef) || (prev & LexTag.ThirdPlural) != 0;
        if (attackBefore && addressed || attackBefore && (prev & LexTag.Profanity) != 0)
        {
            var target = tokens[k].PhraseTarget >= 0 ? tokens[k].PhraseTarget : tokens[k].Target;
            o.Set(RuleFeature.PersonByGroup);
            o.Set(RuleFeature.RuleHate);
            o.Set(RuleFeature.RuleToxicity);
            o.AddTarget(target);
            o.Evidence.Add(new RuleEvidence(Signal.Hate, k - 1, 2, "aanval op een persoon om een groepskenmerk"));
        }
    }

    private static void Threat(TokenBuffer tokens, int k, int span, SentenceFacts f, RuleOutput o, bool negated, bool suppressed,
        int group, int target, bool hasPerson, bool firstPerson, bool imperative)
    {
        if (negated || suppressed)
        {
            o.Set(RuleFeature.NegatedCue);
            return;
        }
        var tags = tokens[k].AllTags;
        var idiom = (tags & LexTag.ThreatIdiom) != 0;
        var normative = f.Has(LexTag.Modal) || idiom || imperative;
        var direct = firstPerson && (f.Has(LexTag.Future) || f.Has(LexTag.SecondPerson | LexTag.ThirdPlural) || group >= 0);
        if (!hasPerson && !idiom)
        {
            return;
        }
        o.Set(RuleFeature.ThreatCue);
        if (direct)
        {
            o.Set(RuleFeature.ThreatDirect);
        }
        if (normative)
        {
            o.Set(RuleFeature.ThreatNormative);
        }
        if (direct || normative)
        {
            o.Set(RuleFeature.RuleThreat);
            o.Set(RuleFeature.RuleToxicity);
            o.Evidence.Add(new RuleEvidence(Signal.Threat, k, span, direct ? "rechtstreekse bedreiging" : "oproep tot geweld"));
            if (group >= 0)
            {
                MarkHate(o, tokens, group, target, k, span, "geweld tegen een groep");
            }
        }
    }
}
