using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Knowledge.Taxonomy;

/// <summary>What a curator fills in for a term. Key phrases one per line; signal kinds from <see cref="TaxonomyCuration.SignalNames"/>.</summary>
public sealed class TermInput
{
    public string Slug { get; set; } = "";

    public string LabelNl { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public string? Description { get; set; }

    public string KeyPhrases { get; set; } = "";

    public List<string> SignalKinds { get; set; } = [];

    /// <summary>Form binding leaves fields that were not posted null; treat them as empty.</summary>
    public void Normalise()
    {
        Slug ??= "";
        LabelNl ??= "";
        LabelEn ??= "";
        KeyPhrases ??= "";
        SignalKinds ??= [];
    }

    public static TermInput From(KnowledgeTerm t) => new()
    {
        Slug = t.Slug, LabelNl = t.LabelNl, LabelEn = t.LabelEn, Description = t.Description,
        KeyPhrases = string.Join('\n', t.KeyPhrases), SignalKinds = [.. t.SignalKinds],
    };
}

/// <summary>The <see cref="TermInput"/> property at fault ("doel" for a merge target) and a message in the UI language.</summary>
public sealed record TermProblem(string Field, string Message);

/// <summary>
/// Curators' changes to the shared taxonomy: add, edit (labels, description, key phrases and signal kinds used for
/// matching), retire and reactivate, and merge a term into another (every item carrying it is re-tagged, with a new
/// version). Slugs never change, so tags, links and other modules' stored slugs keep their meaning. Term rows are
/// audited by the interceptor (IAudited); retire and merge also write a named audit entry.
/// </summary>
public sealed partial class TaxonomyCuration(AppDbContext db, KnowledgeStore store, IAuditLog audit, TimeProvider clock, IStringLocalizer<KnowledgeText> text)
{
    public static readonly string[] SignalNames = ["hate", "dehumanisation", "disinformation", "threat", "doxxing", "polarisation", "toxicity", "harassment", "campaign"];

    private const int MaxKeyPhrases = 30;
    private const int MaxKeyPhraseLength = 100;

    public async Task<(KnowledgeTerm? Term, IReadOnlyList<TermProblem> Problems)> CreateAsync(TermKind kind, TermInput input, CancellationToken ct = default)
    {
        var problems = Validate(input, checkSlug: true);
        var slug = input.Slug.Trim();
        if (!problems.Any(p => p.Field == nameof(TermInput.Slug)) && await db.Set<KnowledgeTerm>().AnyAsync(t => t.Kind == kind && t.Slug == slug, ct))
        {
            problems.Add(new TermProblem(nameof(TermInput.Slug), text["Taxonomy.Error.SlugTaken", slug]));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var last = await db.Set<KnowledgeTerm>().Where(t => t.Kind == kind).MaxAsync(t => (int?)t.SortOrder, ct) ?? 0;
        var term = new KnowledgeTerm { Id = Guid.NewGuid(), Kind = kind, Slug = slug, SortOrder = last + 1 };
        Apply(input, term);
        db.Add(term);
        await db.SaveChangesAsync(ct);
        return (term, []);
    }

    public async Task<IReadOnlyList<TermProblem>> UpdateAsync(KnowledgeTerm term, TermInput input, CancellationToken ct = default)
    {
        var problems = Validate(input, checkSlug: false);
        if (problems.Count > 0)
        {
            return problems;
        }

        Apply(input, term);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task RetireAsync(KnowledgeTerm term, CancellationToken ct = default)
    {
        if (term.RetiredAt is not null)
        {
            return;
        }

        term.RetiredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("knowledge.term.retired", nameof(KnowledgeTerm), term.Id.ToString(), term.Slug, ct: ct);
    }

    /// <summary>Brings a retired term back for tagging; a merged term cannot come back (its items carry the other term now).</summary>
    public async Task<bool> ReactivateAsync(KnowledgeTerm term, CancellationToken ct = default)
    {
        if (term.MergedInto is not null || term.RetiredAt is null)
        {
            return false;
        }

        term.RetiredAt = null;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("knowledge.term.reactivated", nameof(KnowledgeTerm), term.Id.ToString(), term.Slug, ct: ct);
        return true;
    }

    /// <summary>
    /// Re-tags every item (any status) carrying <paramref name="source"/> with the target instead, then retires the
    /// source with a pointer to the target. Returns the number of re-tagged items, or the problem.
    /// </summary>
    public async Task<(int Retagged, TermProblem? Problem)> MergeAsync(KnowledgeTerm source, string targetSlug, Guid? actorId, CancellationToken ct = default)
    {
        var target = await db.Set<KnowledgeTerm>().FirstOrDefaultAsync(t => t.Kind == source.Kind && t.Slug == targetSlug, ct);
        if (target is null || target.Id == source.Id || target.RetiredAt is not null)
        {
            return (0, new TermProblem("doel", text["Taxonomy.Error.MergeTarget"]));
        }

        if (source.MergedInto is not null)
        {
            return (0, new TermProblem("doel", text["Taxonomy.Error.AlreadyMerged", source.MergedInto]));
        }

        var items = source.Kind == TermKind.Theme
            ? await db.Set<KnowledgeItem>().Where(i => i.Themes.Contains(source.Slug)).ToListAsync(ct)
            : await db.Set<KnowledgeItem>().Where(i => i.TargetGroups.Contains(source.Slug)).ToListAsync(ct);
        var note = text["Taxonomy.MergeNote", source.Slug, target.Slug].Value;
        foreach (var item in items)
        {
            if (source.Kind == TermKind.Theme)
            {
                item.Themes = Retag(item.Themes, source.Slug, target.Slug);
            }
            else
            {
                item.TargetGroups = Retag(item.TargetGroups, source.Slug, target.Slug);
            }

            await store.SaveAsync(item, KnowledgeActions.Retagged, actorId, note, ct);
        }

        source.MergedInto = target.Slug;
        source.RetiredAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("knowledge.term.merged", nameof(KnowledgeTerm), source.Id.ToString(), $"{source.Slug} → {target.Slug} ({items.Count})", ct: ct);
        return (items.Count, null);
    }

    /// <summary>The list with <paramref name="from"/> replaced by <paramref name="to"/>, order kept, no duplicates.</summary>
    public static List<string> Retag(IEnumerable<string> slugs, string from, string to) =>
        slugs.Select(s => s == from ? to : s).Distinct(StringComparer.Ordinal).ToList();

    private List<TermProblem> Validate(TermInput input, bool checkSlug)
    {
        input.Normalise();
        var problems = new List<TermProblem>();
        if (checkSlug)
        {
            var slug = input.Slug.Trim();
            if (slug.Length == 0)
            {
                problems.Add(new TermProblem(nameof(TermInput.Slug), text["Taxonomy.Error.SlugRequired"]));
            }
            else if (slug.Length > 80 || !SlugPattern().IsMatch(slug))
            {
                problems.Add(new TermProblem(nameof(TermInput.Slug), text["Taxonomy.Error.SlugFormat"]));
            }
        }

        if (string.IsNullOrWhiteSpace(input.LabelNl))
        {
            problems.Add(new TermProblem(nameof(TermInput.LabelNl), text["Taxonomy.Error.LabelRequired"]));
        }
        else if (input.LabelNl.Trim().Length > 120)
        {
            problems.Add(new TermProblem(nameof(TermInput.LabelNl), text["Taxonomy.Error.LabelLength", 120]));
        }

        if (input.LabelEn.Trim().Length > 120)
        {
            problems.Add(new TermProblem(nameof(TermInput.LabelEn), text["Taxonomy.Error.LabelLength", 120]));
        }

        if (input.Description is { } d && d.Trim().Length > 1000)
        {
            problems.Add(new TermProblem(nameof(TermInput.Description), text["Taxonomy.Error.DescriptionLength", 1000]));
        }

        var phrases = Lines(input.KeyPhrases);
        if (phrases.Count > MaxKeyPhrases || phrases.Any(p => p.Length > MaxKeyPhraseLength))
        {
            problems.Add(new TermProblem(nameof(TermInput.KeyPhrases), text["Taxonomy.Error.KeyPhrases", MaxKeyPhrases, MaxKeyPhraseLength]));
        }

        if (input.SignalKinds.Any(s => !SignalNames.Contains(s)))
        {
            problems.Add(new TermProblem(nameof(TermInput.SignalKinds), text["Taxonomy.Error.SignalKind"]));
        }

        return problems;
    }

    private static void Apply(TermInput input, KnowledgeTerm term)
    {
        term.LabelNl = input.LabelNl.Trim();
        term.LabelEn = input.LabelEn.Trim();
        term.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        term.KeyPhrases = Lines(input.KeyPhrases);
        term.SignalKinds = [.. input.SignalKinds.Where(SignalNames.Contains).Distinct()];
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
