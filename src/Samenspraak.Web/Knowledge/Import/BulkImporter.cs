using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.FactChecks;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;
using Samenspraak.Web.Knowledge.Seeding;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Curators' bulk import of items in the starter-content JSON format (Seed/README.md): an array of items or one item.
/// Every item is validated first; when any item is invalid nothing is stored and the report lists each problem, so
/// a corrected file can simply be imported again. A slug that exists updates that item (as a curator edit).
/// </summary>
public sealed class BulkImporter(AppDbContext db, KnowledgeWorkflow workflow, TaxonomyService taxonomy, IStringLocalizer<KnowledgeText> text)
{
    public const int MaxItems = 2000;

    public async Task<ImportReport> ImportAsync(string json, Guid curatorId, CancellationToken ct = default)
    {
        List<SeedItem> items;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            items = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.Deserialize<List<SeedItem>>(SeedFiles.Json) ?? []
                : [document.RootElement.Deserialize<SeedItem>(SeedFiles.Json)!];
        }
        catch (JsonException ex)
        {
            return new ImportReport(0, 0, [text["Import.InvalidJson", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1].Value]);
        }

        if (items.Count == 0)
        {
            return new ImportReport(0, 0, [text["Bulk.Empty"].Value]);
        }

        if (items.Count > MaxItems)
        {
            return new ImportReport(0, 0, [text["Import.TooMany", MaxItems].Value]);
        }

        var themes = (await taxonomy.TermsAsync(TermKind.Theme, ct)).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var targets = (await taxonomy.TermsAsync(TermKind.TargetGroup, ct)).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var n = i + 1;
            if (item is null) { problems.Add(text["Bulk.Missing", n, "slug, type, title"].Value); continue; }
            var missing = new[] { ("slug", item.Slug), ("type", item.Type), ("title", item.Title), ("summary", item.Summary) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
            if (missing.Count > 0) problems.Add(text["Bulk.Missing", n, string.Join(", ", missing)].Value);
            if (!string.IsNullOrWhiteSpace(item.Type) && (!KnowledgeUrls.IsKind(item.Type) || item.Type == KnowledgeKinds.FactCheck)) problems.Add(text["Bulk.Type", n, item.Type].Value);
            if (!string.IsNullOrWhiteSpace(item.Slug) && !System.Text.RegularExpressions.Regex.IsMatch(item.Slug, "^[a-z0-9]+(-[a-z0-9]+)*$")) problems.Add(text["Bulk.Slug", n, item.Slug].Value);
            if (!string.IsNullOrWhiteSpace(item.Slug) && !seen.Add(item.Slug)) problems.Add(text["Bulk.Duplicate", n, item.Slug].Value);
            if ((item.Title?.Length ?? 0) > 300 || (item.Summary?.Length ?? 0) > 1000) problems.Add(text["Bulk.TooLong", n].Value);
            var unknownThemes = (item.Themes ?? []).Where(t => !themes.Contains(t)).ToList();
            if (unknownThemes.Count > 0) problems.Add(text["Bulk.UnknownTheme", n, string.Join(", ", unknownThemes)].Value);
            var unknownTargets = (item.TargetGroups ?? []).Where(t => !targets.Contains(t)).ToList();
            if (unknownTargets.Count > 0) problems.Add(text["Bulk.UnknownTarget", n, string.Join(", ", unknownTargets)].Value);
        }

        if (problems.Count > 0)
        {
            return new ImportReport(0, 0, [text["Bulk.NothingStored"].Value, .. problems]);
        }

        int created = 0, updated = 0;
        foreach (var seed in items)
        {
            var existing = await db.Set<KnowledgeItem>().FirstOrDefaultAsync(i => i.Slug == seed.Slug, ct);
            var item = existing ?? new KnowledgeItem { Id = Guid.NewGuid(), Status = KnowledgeStatus.Published, PublishedAt = DateTimeOffset.UtcNow, ProposedById = curatorId };
            seed.ApplyTo(item);
            await workflow.CuratorEditAsync(item, curatorId);
            if (existing is null) created++; else updated++;
        }

        return new ImportReport(created, updated, []);
    }
}
