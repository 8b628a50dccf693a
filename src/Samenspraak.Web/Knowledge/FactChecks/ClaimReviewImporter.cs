using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;

namespace Samenspraak.Web.Knowledge.FactChecks;

/// <summary>The outcome of one import: counts and, per rejected entry, a Dutch explanation.</summary>
public sealed record ImportReport(int Imported, int Updated, IReadOnlyList<string> Problems)
{
    public bool Failed => Imported == 0 && Updated == 0 && Problems.Count > 0;
}

/// <summary>
/// Imports schema.org ClaimReview JSON-LD (one object, an array, or an @graph) as published fact-checks. An entry
/// with the same review URL as an existing fact-check updates it. Malformed files and entries are reported, never
/// half-stored: valid entries are saved, invalid ones listed with the reason.
/// </summary>
public sealed class ClaimReviewImporter(AppDbContext db, KnowledgeWorkflow workflow, KnowledgeStore store, IStringLocalizer<KnowledgeText> text)
{
    public const int MaxEntries = 5000;

    public async Task<ImportReport> ImportAsync(string json, Guid curatorId, CancellationToken ct = default)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return new ImportReport(0, 0, [text["Import.InvalidJson", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1].Value]);
        }

        using (document)
        {
            var nodes = Nodes(document.RootElement).ToList();
            if (nodes.Count == 0)
            {
                return new ImportReport(0, 0, [text["Import.NoClaimReviews"].Value]);
            }

            if (nodes.Count > MaxEntries)
            {
                return new ImportReport(0, 0, [text["Import.TooMany", MaxEntries].Value]);
            }

            int imported = 0, updated = 0, index = 0;
            foreach (var node in nodes)
            {
                index++;
                if (!IsClaimReview(node))
                {
                    problems.Add(text["Import.NotClaimReview", index].Value);
                    continue;
                }

                var parsed = Parse(node, index, problems);
                if (parsed is null)
                {
                    continue;
                }

                var existing = await db.Set<KnowledgeItem>().FirstOrDefaultAsync(i => i.Kind == KnowledgeKinds.FactCheck && i.ReviewUrl == parsed.ReviewUrl, ct);
                var item = existing ?? new KnowledgeItem { Kind = KnowledgeKinds.FactCheck, ProposedById = curatorId };
                Apply(parsed, item);
                item.Status = KnowledgeStatus.Published;
                item.PublishedAt ??= DateTimeOffset.UtcNow;
                if (existing is null)
                {
                    item.Slug = await workflow.UniqueSlugAsync(item.Title, null, ct);
                    imported++;
                }
                else
                {
                    updated++;
                }

                await store.SaveAsync(item, KnowledgeActions.Imported, curatorId, ct: ct);
            }

            return new ImportReport(imported, updated, problems);
        }
    }

    internal sealed record ParsedReview(string Claim, string Verdict, string Publisher, DateOnly? Date, string ReviewUrl, string Language, string? Summary);

    internal static void Apply(ParsedReview review, KnowledgeItem item)
    {
        item.Claim = review.Claim;
        item.Verdict = review.Verdict;
        item.Publisher = review.Publisher;
        item.ClaimReviewDate = review.Date;
        item.ReviewUrl = review.ReviewUrl;
        item.Language = review.Language;
        item.Title = review.Claim.Length > 280 ? review.Claim[..277] + "…" : review.Claim;
        item.Summary = review.Summary ?? $"{review.Verdict} — {review.Publisher}";
        if (item.Summary.Length > 1000)
        {
            item.Summary = item.Summary[..999] + "…";
        }

        item.SourceTitle = review.Publisher;
        item.SourceUrl = review.ReviewUrl;
        if (!item.Themes.Contains("desinformatie"))
        {
            item.Themes.Add("desinformatie");
        }

        if (!item.SignalKinds.Contains("disinformation"))
        {
            item.SignalKinds.Add("disinformation");
        }
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in root.EnumerateArray())
            {
                foreach (var node in Nodes(element))
                {
                    yield return node;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var node in graph.EnumerateArray())
                {
                    yield return node;
                }
            }
            else
            {
                yield return root;
            }
        }
    }

    private static bool IsClaimReview(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Named(JsonElement t) => t.ValueKind == JsonValueKind.String
            && t.GetString()!.Split('/', ':').Last().Equals("ClaimReview", StringComparison.Ordinal);
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(Named) : Named(type);
    }

    private ParsedReview? Parse(JsonElement node, int index, List<string> problems)
    {
        var claim = String(node, "claimReviewed")?.Trim();
        var url = String(node, "url")?.Trim();
        var publisher = Name(node, "author") ?? Name(node, "publisher");
        var verdict = node.TryGetProperty("reviewRating", out var rating) && rating.ValueKind == JsonValueKind.Object
            ? String(rating, "alternateName") ?? String(rating, "ratingExplanation") ?? RatingValue(rating)
            : null;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(claim)) missing.Add("claimReviewed");
        if (string.IsNullOrWhiteSpace(url)) missing.Add("url");
        if (string.IsNullOrWhiteSpace(verdict)) missing.Add("reviewRating");
        if (string.IsNullOrWhiteSpace(publisher)) missing.Add("author");
        if (missing.Count > 0)
        {
            problems.Add(text["Import.Missing", index, string.Join(", ", missing)].Value);
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add(text["Import.BadUrl", index, url!].Value);
            return null;
        }

        DateOnly? date = null;
        if (String(node, "datePublished") is { Length: > 0 } dateText)
        {
            if (DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                date = DateOnly.FromDateTime(parsed.UtcDateTime);
            }
            else
            {
                problems.Add(text["Import.BadDate", index, dateText].Value);
                return null;
            }
        }

        var language = String(node, "inLanguage") ?? Name(node, "inLanguage") ?? "nl";
        return new ParsedReview(claim!, verdict!.Trim(), publisher!.Trim(), date, url!, language.Length > 10 ? language[..10] : language, String(node, "description"));
    }

    private static string? String(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A name from a string, an object with "name", or the first of an array of those.</summary>
    private static string? Name(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "name"),
            _ => null,
        };
    }

    private static string? RatingValue(JsonElement rating) =>
        rating.TryGetProperty("ratingValue", out var v) ? v.ToString() : null;
}
