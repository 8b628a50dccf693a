using Microsoft.AspNetCore.Http.HttpResults;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>Read endpoints for themes under /api/v1; the tenant filter keeps every answer within the caller's municipality.</summary>
internal static class ThemesApi
{
    public static IEndpointRouteBuilder MapThemesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Themes");
        group.MapGet("/themes", List).WithName("ListThemes")
            .WithSummary("Thema's van de eigen gemeente: top (meeste berichten, laatste 28 dagen), stijgend of nieuw")
            .RequireAuthorization(Policies.Staff);
        group.MapGet("/themes/{id:long}", Get).WithName("GetTheme")
            .WithSummary("Eén thema: volume per dag, signaalmix, kanalen, campagnes/intimidatie/exposing; 404 voor een thema van een andere gemeente")
            .RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ThemeSummary>>, ValidationProblem>> List(ThemeReader reader, CancellationToken ct,
        string? kind = null, int limit = 50)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ThemeListKind listKind = ThemeListKind.Top;
        if (kind is not null && !Enum.TryParse(kind, ignoreCase: true, out listKind))
        {
            errors["kind"] = [TrendsText.Text["Api.KindInvalid"]];
        }
        if (limit is < 1 or > 200)
        {
            errors["limit"] = [TrendsText.Text["Api.LimitInvalid"]];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: TrendsText.Text["Api.ValidationTitle"]);
        }
        return TypedResults.Ok(await reader.ListAsync(listKind, limit, ct));
    }

    private static async Task<Results<Ok<ThemeDetail>, NotFound>> Get(long id, ThemeReader reader, CancellationToken ct) =>
        await reader.GetAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
