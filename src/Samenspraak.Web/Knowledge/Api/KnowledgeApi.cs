using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Knowledge.FactChecks;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Knowledge.Api;

/// <summary>/api/v1/knowledge: search and read published items (public), export (professionals), fact-check import (curators).</summary>
internal static class KnowledgeApi
{
    public sealed record HitDto(Guid Id, string Kind, string Slug, string Title, string Summary, string Url, string SnippetHtml, double Score);

    public sealed record SearchDto(int Total, IReadOnlyList<HitDto> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1("Kennisbank");
        api.MapGet("/knowledge/search", SearchAsync).AllowAnonymous();
        api.MapGet("/knowledge/items/{slug}", ItemAsync).AllowAnonymous();
        api.MapGet("/knowledge/export/{format}", ExportAsync).RequireAuthorization(Policies.Professional);
        api.MapPost("/knowledge/factchecks/import", ImportAsync).RequireAuthorization(Policies.Curator).DisableAntiforgery();
    }

    private static async Task<SearchDto> SearchAsync(KnowledgeSearch search, string? q, string? type, string? thema, string? doelgroep,
        string? provincie, string? gemeente, int? page, CancellationToken ct)
    {
        static string[] L(string? v) => string.IsNullOrWhiteSpace(v) ? [] : v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await search.SearchAsync(new SearchRequest
        {
            Query = q, Kinds = L(type), Themes = L(thema), TargetGroups = L(doelgroep), Provinces = L(provincie), Municipalities = L(gemeente), Page = page ?? 1,
        }, ct);
        return new SearchDto(result.Total,
            result.Hits.Select(h => new HitDto(h.Item.Id, h.Item.Kind, h.Item.Slug, h.Item.Title, h.Item.Summary, KnowledgeUrls.For(h.Item.Kind, h.Item.Slug), h.SnippetHtml, h.Score)).ToList(),
            result.Facets);
    }

    private static async Task<IResult> ItemAsync(string slug, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Set<KnowledgeItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug && i.Status == KnowledgeStatus.Published, ct);
        if (item is null)
        {
            return TypedResults.Problem(Problems.For(http, 404));
        }

        return TypedResults.Ok(Items.KnowledgeDirectory.ToRef(item));
    }

    private static async Task<IResult> ExportAsync(string format, KnowledgeExport export, HttpContext http, CancellationToken ct)
    {
        var rows = await export.RowsAsync(ct);
        return format switch
        {
            "csv" => TypedResults.File(KnowledgeExport.Csv(rows), "text/csv; charset=utf-8", "kennisbank.csv"),
            "xlsx" => TypedResults.File(KnowledgeExport.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kennisbank.xlsx"),
            "json" => TypedResults.File(KnowledgeExport.Json(rows), "application/json", "kennisbank.json"),
            _ => TypedResults.Problem(Problems.For(http, 404)),
        };
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimReviewImporter importer, ITenantContext tenant, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var report = await importer.ImportAsync(json, tenant.UserId ?? Guid.Empty, ct);
        return report.Failed ? TypedResults.BadRequest(report) : TypedResults.Ok(report);
    }
}
