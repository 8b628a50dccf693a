using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Guidance;

/// <summary>
/// Matches published knowledge on a detected theme: the kind of signal, the target groups, the item's key phrases
/// found in the theme's words, taxonomy themes named in the theme, and (for fact-checks) the claim's words. Every
/// match carries the reasons that made it, in the UI language, so people can judge it.
/// </summary>
internal sealed class ThemeGuidance(AppDbContext db, TaxonomyService taxonomy, IStringLocalizer<KnowledgeText> text) : IThemeGuidance
{
    private const int MinimumScore = 3;

    public async Task<IReadOnlyList<GuidanceMatch>> ForThemeAsync(ThemeGuidanceRequest theme, int limit = 12, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == KnowledgeStatus.Published).ToListAsync(cancellationToken);
        var labels = await taxonomy.LabelsAsync(cancellationToken);
        var words = TextFolding.Words(string.Join(' ', [theme.Title, .. theme.KeyPhrases, .. theme.Hashtags.Select(h => h.TrimStart('#'))])).ToList();
        var padded = $" {string.Join(' ', words)} ";
        var stems = words.Where(w => w.Length >= 4).Select(DutchStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var signals = theme.Signals.ToHashSet(StringComparer.Ordinal);
        var targets = theme.TargetGroups.ToHashSet(StringComparer.Ordinal);
        // A taxonomy theme is "named" by the detected theme through its label, its slug, one of the key phrases or
        // signal kinds a curator gave it. Merged terms are left out: their items carry the surviving term.
        var themeTerms = await db.Set<KnowledgeTerm>().AsNoTracking()
            .Where(t => t.Kind == TermKind.Theme && t.MergedInto == null)
            .Select(t => new { t.Slug, t.KeyPhrases, t.SignalKinds })
            .ToListAsync(cancellationToken);
        var namedThemes = themeTerms
            .Where(t => padded.Contains($" {string.Join(' ', TextFolding.Words(labels.Theme(t.Slug)))} ", StringComparison.Ordinal)
                        || padded.Contains($" {t.Slug.Replace('-', ' ')} ", StringComparison.Ordinal)
                        || t.KeyPhrases.Any(p => PhraseOccurs(p, padded, stems))
                        || t.SignalKinds.Any(signals.Contains))
            .Select(t => t.Slug)
            .ToHashSet(StringComparer.Ordinal);

        var matches = new List<GuidanceMatch>();
        foreach (var item in items)
        {
            var score = 0.0;
            var reasons = new List<string>();

            var sharedSignals = item.SignalKinds.Where(signals.Contains).ToList();
            if (sharedSignals.Count > 0)
            {
                score += (2 * sharedSignals.Count) + (item.Kind == KnowledgeKinds.Angle ? 1 : 0);
                reasons.Add(text["Guidance.Reason.Signal", string.Join(", ", sharedSignals.Select(s => text[$"Signal.{s}"].Value))]);
            }

            var sharedTargets = item.TargetGroups.Where(targets.Contains).ToList();
            if (sharedTargets.Count > 0)
            {
                score += 2 * sharedTargets.Count;
                reasons.Add(text["Guidance.Reason.TargetGroup", string.Join(", ", sharedTargets.Select(labels.TargetGroup))]);
            }

            var phrases = item.KeyPhrases.Where(p => PhraseOccurs(p, padded, stems)).ToList();
            if (phrases.Count > 0)
            {
                score += 3 * phrases.Count;
                reasons.Add(text["Guidance.Reason.KeyPhrase", string.Join(", ", phrases.Select(p => $"‘{p}’"))]);
            }

            var sharedThemes = item.Themes.Where(namedThemes.Contains).ToList();
            if (sharedThemes.Count > 0)
            {
                score += sharedThemes.Count;
                reasons.Add(text["Guidance.Reason.Theme", string.Join(", ", sharedThemes.Select(labels.Theme))]);
            }

            if (item.Kind == KnowledgeKinds.FactCheck && item.Claim is not null)
            {
                var claimStems = TextFolding.Words(item.Claim).Where(w => w.Length >= 4).Select(DutchStemmer.Stem).ToHashSet(StringComparer.Ordinal);
                var overlap = claimStems.Count(stems.Contains);
                if (overlap >= 2)
                {
                    score += 2 * overlap;
                    reasons.Add(text["Guidance.Reason.Claim", overlap]);
                }
            }

            if (score >= MinimumScore)
            {
                matches.Add(new GuidanceMatch(item.Kind, item.Title, item.Summary, KnowledgeUrls.For(item.Kind, item.Slug), string.Join("; ", reasons), score));
            }
        }

        return matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Kind == KnowledgeKinds.Angle ? 0 : 1)
            .ThenBy(m => m.Title, StringComparer.Ordinal)
            .Take(Math.Max(0, limit))
            .ToList();
    }

    /// <summary>A multi-word phrase must occur as words; a single word also matches on its stem ("ratten" for "rat").</summary>
    private static bool PhraseOccurs(string phrase, string paddedThemeText, HashSet<string> themeStems)
    {
        var words = TextFolding.Words(phrase).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        if (paddedThemeText.Contains($" {string.Join(' ', words)} ", StringComparison.Ordinal))
        {
            return true;
        }

        return words.Count == 1 && words[0].Length >= 4 && themeStems.Contains(DutchStemmer.Stem(words[0]));
    }
}
