using Microsoft.Extensions.Options;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.ActionPlans.Exports;

/// <summary>
/// Downloads of a plan: Word (plan and subsidy accountability report), Excel and CSV. Readers of the plan may
/// download it; another municipality's plan answers 404 like the pages.
/// </summary>
internal static class ExportEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapActionPlanExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Actieplan");
        group.MapGet("/actionplans/{id:guid}/export/docx", (Guid id, HttpContext http, CancellationToken ct) =>
                Export(id, http, r => File(PlanDocuments.Plan(r), Docx, PlanSheets.FileName(r.Plan, "docx")), ct))
            .WithName("ExportActionPlanDocx").WithSummary("Het actieplan als Word-document").RequireAuthorization(ActionPlanPolicies.Read);
        group.MapGet("/actionplans/{id:guid}/export/accountability", (Guid id, HttpContext http, CancellationToken ct) =>
                Export(id, http, r => File(PlanDocuments.Accountability(r), Docx, PlanSheets.FileName(r.Plan, "verantwoording.docx")), ct))
            .WithName("ExportActionPlanAccountability").WithSummary("Verantwoordingsrapport voor de subsidie (Word)").RequireAuthorization(ActionPlanPolicies.Read);
        group.MapGet("/actionplans/{id:guid}/export/xlsx", (Guid id, HttpContext http, CancellationToken ct) =>
                Export(id, http, r => File(PlanSheets.Excel(r), Xlsx, PlanSheets.FileName(r.Plan, "xlsx")), ct))
            .WithName("ExportActionPlanXlsx").WithSummary("Budget en KPI's als Excel").RequireAuthorization(ActionPlanPolicies.Read);
        group.MapGet("/actionplans/{id:guid}/export/csv", (Guid id, HttpContext http, CancellationToken ct) =>
                Export(id, http, r => File(PlanSheets.Csv(r), "text/csv; charset=utf-8", PlanSheets.FileName(r.Plan, "csv")), ct))
            .WithName("ExportActionPlanCsv").WithSummary("Budgetregels als CSV").RequireAuthorization(ActionPlanPolicies.Read);
        return app;
    }

    private static IResult File(byte[] content, string type, string name) => TypedResults.File(content, type, name);

    private static async Task<IResult> Export(Guid id, HttpContext http, Func<PlanReport, IResult> write, CancellationToken ct)
    {
        var services = http.RequestServices;
        var plan = await services.GetRequiredService<PlanAccess>().ReadAsync(id, ct);
        if (plan is null)
        {
            return TypedResults.Problem(Problems.For(http, StatusCodes.Status404NotFound));
        }

        var today = BelgianTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var report = await PlanReport.BuildAsync(plan, services.GetRequiredService<KpiValues>(),
            services.GetRequiredService<IOptions<ActionPlanOptions>>().Value, today, ct);
        return write(report);
    }
}
