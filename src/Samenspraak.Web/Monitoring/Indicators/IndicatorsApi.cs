using Microsoft.AspNetCore.Http.HttpResults;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Indicators;

/// <summary>Monitoring's indicator series under /api/v1, for the caller's own municipality only.</summary>
internal static class IndicatorsApi
{
    private const int MaxDays = 731;

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Indicators");
        group.MapGet("/monitoring/indicators", Definitions).WithName("ListMonitoringIndicators")
            .WithSummary("De indicatoren van Monitoring: aandeel schadelijke berichten per signaal, en volume")
            .RequireAuthorization(TrendsPolicies.Dashboard);
        group.MapGet("/monitoring/indicators/{key}", Series).WithName("GetMonitoringIndicator")
            .WithSummary("Reeks van één indicator voor de eigen gemeente (period = day, week of month; from/to als datum)")
            .RequireAuthorization(TrendsPolicies.Dashboard);
        return app;
    }

    private static Ok<IReadOnlyList<IndicatorDefinition>> Definitions(MonitoringIndicatorSource source) => TypedResults.Ok(source.Definitions);

    private static async Task<Results<Ok<IndicatorSeries>, NotFound, ValidationProblem>> Series(string key, MonitoringIndicatorSource source,
        ITenantContext tenant, TimeProvider clock, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? period = null)
    {
        if (tenant.MunicipalityId is not { } municipality)
        {
            return TypedResults.NotFound();
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var end = to ?? DateOnly.FromDateTime(Shell.BelgianTime.ToLocal(clock.GetUtcNow()).DateTime);
        var start = from ?? end.AddDays(-89);
        var bucket = IndicatorPeriod.Day;
        if (period is not null && !Enum.TryParse(period, ignoreCase: true, out bucket))
        {
            errors["period"] = [TrendsText.Text["Api.PeriodInvalid"]];
        }
        if (start > end || end.DayNumber - start.DayNumber > MaxDays)
        {
            errors["from"] = [TrendsText.Text["Api.RangeInvalid"]];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: TrendsText.Text["Api.ValidationTitle"]);
        }
        var series = await source.GetSeriesAsync(key, municipality, start, end, bucket, ct);
        return series is null ? TypedResults.NotFound() : TypedResults.Ok(series);
    }
}
